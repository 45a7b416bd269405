//! QR codes on the printed documents, pointing to their web pages.

use super::super::RenderError;

/// A QR code with the address it encodes.
pub struct QrCode {
    pub url: String,
    pub svg: String,
}

/// Stands for the SVG of the code of the address after it in a document's
/// data until the document is printed: a document taken from the memo
/// needs only its data's hash, and choosing a code's mask was 45 % of the
/// CPU of a national build with every PDF reused.
const DEFERRED: &str = "pathways-qr-7c1e:";

impl QrCode {
    /// The code for `url`, drawn when the document is printed ([`fill`]).
    pub fn new(url: &str) -> Result<QrCode, RenderError> {
        // The address must stand as it is inside the data's JSON.
        if url.contains(['"', '\\']) || url.chars().any(char::is_control) {
            return QrCode::drawn(url);
        }
        Ok(QrCode {
            url: url.to_string(),
            svg: format!("{DEFERRED}{url}"),
        })
    }

    /// The code for `url` as a black-on-white SVG with a quiet zone.
    fn drawn(url: &str) -> Result<QrCode, RenderError> {
        let code = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M)
            .map_err(|e| RenderError::Data(format!("cannot make a QR code for {url}: {e}")))?;
        let svg = code
            .render::<qrcode::render::svg::Color>()
            .quiet_zone(true)
            .module_dimensions(4, 4)
            .build();
        Ok(QrCode {
            url: url.to_string(),
            svg,
        })
    }
}

/// A document's data (JSON) with every deferred code drawn.
pub fn fill(data: &[u8]) -> Result<Vec<u8>, RenderError> {
    let marker = format!("\"{DEFERRED}");
    let mut out = Vec::with_capacity(data.len() + 8192);
    let mut at = 0;
    for start in memchr::memmem::find_iter(data, marker.as_bytes()) {
        if start < at {
            continue;
        }
        let from = start + marker.len();
        let Some(len) = memchr::memchr(b'"', &data[from..]) else {
            break;
        };
        let url = String::from_utf8_lossy(&data[from..from + len]);
        let svg = QrCode::drawn(&url)?.svg;
        out.extend_from_slice(&data[at..start]);
        serde_json::to_writer(&mut out, &svg).map_err(|e| RenderError::Data(e.to_string()))?;
        at = from + len + 1;
    }
    out.extend_from_slice(&data[at..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::{QrCode, fill};

    #[test]
    fn a_deferred_code_is_drawn_when_the_data_is_filled() {
        let url = "https://example.org/da/pakker/landbrug/";
        let code = QrCode::new(url).unwrap();
        assert!(!code.svg.contains("<svg"), "drawn before it is printed");
        let data = serde_json::json!({ "url": code.url, "qr": code.svg, "after": "x" });
        let filled = fill(&serde_json::to_vec(&data).unwrap()).unwrap();
        let filled: serde_json::Value = serde_json::from_slice(&filled).unwrap();
        assert_eq!(
            filled["qr"].as_str(),
            Some(QrCode::drawn(url).unwrap().svg.as_str())
        );
        assert_eq!(
            (filled["url"].as_str(), filled["after"].as_str()),
            (Some(url), Some("x"))
        );
        // An address that cannot stand inside JSON as it is is drawn at once.
        assert!(
            QrCode::new("https://example.org/\"x\"")
                .unwrap()
                .svg
                .contains("<svg")
        );
    }
}
