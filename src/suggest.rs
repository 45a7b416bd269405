//! "Did you mean …?" for near-miss names.

/// The closest candidate to `wrong`, when it is close enough to be a typo.
pub fn closest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (wrong.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(wrong, c), c))
        .filter(|(distance, c)| *distance <= limit && *c != wrong)
        .min_by_key(|(distance, c)| (*distance, *c))
        .map(|(_, c)| c)
}

/// A help line proposing the closest candidate, if any.
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    closest(wrong, candidates).map(|c| crate::tr!("did-you-mean", name = c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proposes_the_nearest_id_and_nothing_for_strangers() {
        let ids = [
            "almen-foedevarehygiejne",
            "grundlaeggende-rengoeringshygiejne",
        ];
        assert_eq!(
            closest("almen-fodevarehygiejne", ids),
            Some("almen-foedevarehygiejne")
        );
        assert_eq!(closest("truckcertifikat", ids), None);
    }
}
