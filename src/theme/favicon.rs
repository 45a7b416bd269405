//! The site's icon: `assets/favicon.svg` of the theme, and `favicon.ico`
//! drawn from it (16, 32 and 48 px, PNG inside ICO), the file every browser
//! asks for by itself. A site that wants another icon changes the SVG in its
//! theme, or puts its own `favicon.ico` into `static/`, which then wins.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{Options, Tree};

/// Where the theme's icon is, among the theme's assets.
pub const SVG: &str = "assets/favicon.svg";
/// Where browsers look for an icon when a page names none.
pub const ICO: &str = "favicon.ico";
const SIZES: [u32; 3] = [16, 32, 48];

/// `favicon.ico` drawn from the SVG; the error says why the SVG cannot be drawn.
pub fn ico(svg: &str) -> Result<Vec<u8>, String> {
    let tree = Tree::from_str(svg, &Options::default()).map_err(|e| e.to_string())?;
    let (width, height) = (tree.size().width(), tree.size().height());
    let mut images = Vec::new();
    for size in SIZES {
        let mut pixmap = Pixmap::new(size, size).ok_or("the icon has no size")?;
        let scale = size as f32 / width.max(height);
        resvg::render(
            &tree,
            Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        images.push((size, pixmap.encode_png().map_err(|e| e.to_string())?));
    }
    // The ICO header, one directory entry per image, then the PNG files.
    let mut out = vec![0, 0, 1, 0];
    out.extend_from_slice(&(images.len() as u16).to_le_bytes());
    let mut offset = 6 + 16 * images.len();
    for (size, png) in &images {
        out.extend_from_slice(&[*size as u8, *size as u8, 0, 0]);
        out.extend_from_slice(&1u16.to_le_bytes()); // colour planes
        out.extend_from_slice(&32u16.to_le_bytes()); // bits per pixel
        out.extend_from_slice(&(png.len() as u32).to_le_bytes());
        out.extend_from_slice(&(offset as u32).to_le_bytes());
        offset += png.len();
    }
    for (_, png) in &images {
        out.extend_from_slice(png);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::ico;

    #[test]
    fn the_icon_holds_three_sizes_as_png() {
        let svg = include_str!("../../themes/default/assets/favicon.svg");
        let bytes = ico(svg).unwrap();
        assert_eq!(&bytes[..6], &[0, 0, 1, 0, 3, 0]);
        for (i, size) in [16u8, 32, 48].into_iter().enumerate() {
            let entry = &bytes[6 + 16 * i..6 + 16 * (i + 1)];
            assert_eq!(entry[0], size);
            let offset = u32::from_le_bytes(entry[12..16].try_into().unwrap()) as usize;
            assert_eq!(&bytes[offset..offset + 8], b"\x89PNG\r\n\x1a\n");
        }
    }

    #[test]
    fn an_svg_that_is_not_one_says_so() {
        assert!(ico("<svg").is_err());
    }
}
