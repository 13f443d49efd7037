//! The tests' one deterministic generator, a 64-bit LCG (Knuth's MMIX constants): every run
//! damages files and draws plays the same way, so a failure can be reproduced from its seed.
//! Tests that must replay the program's own walks use `laget::splitmix::SplitMix` instead.

pub struct Lcg(pub u64);

impl Lcg {
    /// The next state, whole (its high bits are the best ones).
    fn step(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0
    }

    /// The next 31 bits.
    pub fn next(&mut self) -> u64 {
        self.step() >> 33
    }

    /// The next byte (the top 8 bits of the state).
    pub fn byte(&mut self) -> u8 {
        (self.step() >> 56) as u8
    }

    /// `n` bytes from `seed`.
    pub fn bytes(seed: u64, n: usize) -> Vec<u8> {
        let mut g = Lcg(seed);
        (0..n).map(|_| g.byte()).collect()
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}
