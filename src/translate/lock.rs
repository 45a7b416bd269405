//! `content/translations.lock`: for each translation, a hash of the Danish
//! text it was made from. A translation whose Danish text no longer has that
//! hash is stale. The file is text, one translation a line, sorted, so that
//! a change to it reads well in a diff (fields separated by tabs):
//!
//! ```text
//! packages/landbrug.yaml#criteria[fodring].text  ar  3f0a9c1d2b4e5f60  2026-12-02
//! ```

use std::collections::BTreeMap;
use std::path::Path;

/// Where the lock is, relative to the site.
pub const PATH: &str = "content/translations.lock";

const HEAD: &str = "# Written by `pathways translate import` and `pathways translate accept`.\n# One line per translation: unit, language, hash of the Danish text it was\n# made from, the date it was recorded. Do not edit by hand.\n";

/// What one translation was made from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Made {
    pub hash: String,
    pub date: String,
}

/// The lock: (unit id, language) → what the translation was made from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lock {
    pub entries: BTreeMap<(String, String), Made>,
}

/// A stable hash of a Danish text (64-bit FNV-1a, the same on every machine
/// and Rust version), as 16 hex digits.
pub fn hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

impl Lock {
    /// Reads the lock of the site in `root`; a site without one has an empty lock.
    pub fn read(root: &Path) -> Result<Lock, String> {
        match std::fs::read_to_string(root.join(PATH)) {
            Ok(text) => Lock::parse(&text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Lock::default()),
            Err(e) => Err(format!("{PATH}: {e}")),
        }
    }

    /// Parses the text of a lock; the error names the line.
    pub fn parse(text: &str) -> Result<Lock, String> {
        let mut lock = Lock::default();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            match fields.as_slice() {
                [id, lang, hash, date] if hash.len() == 16 => {
                    lock.entries.insert(
                        (id.to_string(), lang.to_string()),
                        Made {
                            hash: hash.to_string(),
                            date: date.to_string(),
                        },
                    );
                }
                _ => return Err(format!("{PATH}:{}", n + 1)),
            }
        }
        Ok(lock)
    }

    /// The lock as text.
    pub fn render(&self) -> String {
        let mut out = String::from(HEAD);
        for ((id, lang), made) in &self.entries {
            out.push_str(&format!("{id}\t{lang}\t{}\t{}\n", made.hash, made.date));
        }
        out
    }

    /// Records that the `lang` text of `id` was made from `danish` today.
    pub fn record(&mut self, id: &str, lang: &str, danish: &str, today: &str) {
        let made = Made {
            hash: hash(danish),
            date: today.to_string(),
        };
        let key = (id.to_string(), lang.to_string());
        // Accepting again what is already recorded keeps its date.
        if self.entries.get(&key).map(|m| &m.hash) != Some(&made.hash) {
            self.entries.insert(key, made);
        }
    }

    /// When the `lang` text of `id` is stale: the date it was made, else `None`
    /// (it is up to date, or nothing was recorded for it).
    pub fn stale_since(&self, id: &str, lang: &str, danish: &str) -> Option<&str> {
        let made = self.entries.get(&(id.to_string(), lang.to_string()))?;
        (made.hash != hash(danish)).then_some(made.date.as_str())
    }
}

/// Today's date (UTC) as `YYYY-MM-DD`, from the system clock.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_reads_back_what_it_wrote_and_finds_a_changed_text() {
        let mut lock = Lock::default();
        lock.record("site.yaml#title", "ar", "Branchepakker", "2026-12-02");
        let lock = Lock::parse(&lock.render()).unwrap();
        assert_eq!(
            lock.stale_since("site.yaml#title", "ar", "Branchepakker"),
            None
        );
        assert_eq!(
            lock.stale_since("site.yaml#title", "ar", "Branchepakker!"),
            Some("2026-12-02")
        );
        assert_eq!(lock.stale_since("site.yaml#title", "en", "x"), None);
        assert!(Lock::parse("a\tb\n").unwrap_err().ends_with(":1"));
        assert_eq!(hash(""), "cbf29ce484222325");
        assert_eq!(today().len(), 10);
    }
}
