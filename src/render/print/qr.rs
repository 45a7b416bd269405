//! QR codes on the printed documents, pointing to their web pages.

use super::super::RenderError;

/// A QR code with the address it encodes.
pub struct QrCode {
    pub url: String,
    pub svg: String,
}

impl QrCode {
    /// The code for `url` as a black-on-white SVG with a quiet zone.
    pub fn new(url: &str) -> Result<QrCode, RenderError> {
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
