//! QR codes for printed letters and posters, rendered to SVG on the server.

use qrcode::QrCode;
use qrcode::render::svg;

/// An inline SVG (no XML prolog) of a QR code for `text`.
pub fn svg(text: &str) -> Result<String, qrcode::types::QrError> {
    let code = QrCode::new(text.as_bytes())?;
    let image = code
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    Ok(image.find("<svg").map_or(image.clone(), |start| image[start..].to_string()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn renders_inline_svg() {
        let svg = super::svg("http://127.0.0.1:3000/aanmelden?code=ABCD-EFGH-JKMN").unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("<path") || svg.contains("<rect"));
    }
}
