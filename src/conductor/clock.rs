//! Time for the conductor: the wall clock (for the session file's stamps, the seed drawn at
//! set-up, and how long a group deliberated) comes in through this trait, so that a test can
//! fix it and the same inputs give the same files byte for byte.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::store::WallTime;

/// Where the conductor reads the time.
pub trait Clock: Send + Sync {
    /// The wall-clock time now.
    fn now(&self) -> WallTime;
    /// A monotonic reading (time since some fixed start), for measuring deliberation.
    fn elapsed(&self) -> Duration;
}

/// The computer's clock.
pub struct SystemClock {
    start: Instant,
}

impl SystemClock {
    pub fn new() -> SystemClock {
        SystemClock { start: Instant::now() }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        SystemClock::new()
    }
}

impl Clock for SystemClock {
    fn now(&self) -> WallTime {
        WallTime::now()
    }
    fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }
}

/// A clock that moves only when told: for tests, snapshots and replays.
pub struct FixedClock {
    at: Mutex<(WallTime, Duration)>,
}

impl FixedClock {
    /// Stands at `secs` seconds after 1970-01-01T00:00:00Z.
    pub fn at(secs: u64) -> FixedClock {
        FixedClock {
            at: Mutex::new((WallTime { secs, nanos: 0 }, Duration::ZERO)),
        }
    }

    /// Moves the clock on by `d`.
    pub fn advance(&self, d: Duration) {
        let mut at = self.at.lock().unwrap_or_else(|e| e.into_inner());
        at.1 += d;
        at.0.secs += d.as_secs();
    }
}

impl Clock for FixedClock {
    fn now(&self) -> WallTime {
        let at = self.at.lock().unwrap_or_else(|e| e.into_inner());
        WallTime {
            secs: at.0.secs,
            nanos: at.0.nanos,
        }
    }
    fn elapsed(&self) -> Duration {
        self.at.lock().unwrap_or_else(|e| e.into_inner()).1
    }
}

/// The seed a drill gets when nobody chose one: drawn from the wall clock, kept below a
/// million so that it is easy to read aloud and type in again.
pub fn draw_seed(clock: &dyn Clock) -> u64 {
    let now = clock.now();
    (now.secs ^ (u64::from(now.nanos) << 20)) % 1_000_000
}
