//! The scenario: its model, how it is read, the role catalogue and the library of known files.

pub mod calendar;
pub mod catalogue;
pub mod cause;
pub mod duration;
pub mod library;
pub mod load;
pub mod model;

pub use load::Source;
pub use model::Scenario;
