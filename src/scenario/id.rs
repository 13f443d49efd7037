//! The one id alphabet of the format (scenario, role, scene and choice ids): ids become file
//! names and command arguments, so they are kept to what every file system and shell takes.

/// The longest id accepted (ids become file names).
pub const MAX_ID_LEN: usize = 64;

/// Whether `id` can name a scenario: 1 to 64 of lowercase ASCII letters, digits, `-` and `_`,
/// starting with a letter or digit (so that it never reads as an option or a hidden file).
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && id.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        for ok in ["a", "liten-uro", "sak_2", "9liv"] {
            assert!(valid_id(ok), "{ok}");
        }
        for bad in [
            "",
            "-x",
            "_x",
            "Stor",
            "æøå",
            "a b",
            "a/b",
            "..",
            "a.b",
            &"x".repeat(65),
        ] {
            assert!(!valid_id(bad), "{bad}");
        }
    }
}
