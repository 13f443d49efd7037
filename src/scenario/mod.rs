//! The scenario: its model, how it is read and the role catalogue.

pub mod calendar;
pub mod catalogue;
pub mod cause;
pub mod duration;
pub mod id;
pub mod load;
pub mod model;

pub use load::Source;
pub use model::Scenario;
