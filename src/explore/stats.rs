//! The spread of one score over many plays, from a count per score value (0 to 100).

/// Quartiles are by the nearest-rank method: the `p`-quantile of `n` plays is the smallest
/// score that at least `ceil(p * n)` plays reached or stayed under. All `None` with no plays.
#[derive(Debug, Clone, PartialEq)]
pub struct Distribution {
    pub count: u64,
    pub min: Option<u32>,
    pub q1: Option<u32>,
    pub median: Option<u32>,
    pub q3: Option<u32>,
    pub max: Option<u32>,
    pub mean: Option<f64>,
    /// Plays per band of ten: 0–9, 10–19, …, 80–89, 90–100.
    pub histogram: [u64; 10],
}

impl Distribution {
    pub fn from_counts(counts: &[u64]) -> Distribution {
        let count: u64 = counts.iter().sum();
        let mut histogram = [0u64; 10];
        for (v, &n) in counts.iter().enumerate() {
            histogram[(v / 10).min(9)] += n;
        }
        if count == 0 {
            return Distribution {
                count,
                min: None,
                q1: None,
                median: None,
                q3: None,
                max: None,
                mean: None,
                histogram,
            };
        }
        let rank = |num: u64, den: u64| -> Option<u32> {
            // The smallest value whose cumulative count reaches ceil(num/den * count), at least 1.
            let want = (count * num).div_ceil(den).max(1);
            let mut seen = 0;
            for (v, &n) in counts.iter().enumerate() {
                seen += n;
                if seen >= want {
                    return Some(v as u32);
                }
            }
            None
        };
        let sum: u64 = counts.iter().enumerate().map(|(v, &n)| v as u64 * n).sum();
        Distribution {
            count,
            min: counts.iter().position(|&n| n > 0).map(|v| v as u32),
            q1: rank(1, 4),
            median: rank(1, 2),
            q3: rank(3, 4),
            max: counts.iter().rposition(|&n| n > 0).map(|v| v as u32),
            mean: Some(sum as f64 / count as f64),
            histogram,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quartiles_by_nearest_rank() {
        let mut c = vec![0u64; 101];
        for v in [10, 20, 30, 40, 100] {
            c[v] += 1;
        }
        let d = Distribution::from_counts(&c);
        assert_eq!(
            (d.min, d.q1, d.median, d.q3, d.max),
            (Some(10), Some(20), Some(30), Some(40), Some(100))
        );
        assert_eq!(d.histogram, [0, 1, 1, 1, 1, 0, 0, 0, 0, 1]);
        assert_eq!(d.mean, Some(40.0));
    }

    #[test]
    fn no_plays_no_figures() {
        let d = Distribution::from_counts(&[0; 101]);
        assert_eq!((d.count, d.min, d.median), (0, None, None));
    }
}
