//! A drawing's size, as the page needs it for `width` and `height` (no shift while loading).

use roxmltree::Node;

/// Width and height in CSS pixels.
pub type DrawingSize = (u32, u32);

/// The size the root `<svg>` gives: `width` and `height` (px, or an absolute unit at 96 dpi),
/// else the `viewBox`'s width and height; `None` when neither says.
pub fn size_of(root: Node) -> Option<DrawingSize> {
    let length = |name: &str| root.attribute(name).and_then(pixels);
    let size = match (length("width"), length("height")) {
        (Some(width), Some(height)) => Some((width, height)),
        _ => {
            // Four numbers and nothing else: a damaged viewBox gives no size.
            let numbers: Option<Vec<f64>> = root
                .attribute("viewBox")?
                .split([' ', ','])
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().ok())
                .collect();
            numbers.filter(|n| n.len() == 4).map(|n| (n[2], n[3]))
        }
    }?;
    let round = |n: f64| (n.is_finite() && n >= 0.5 && n <= u32::MAX as f64).then(|| n.round() as u32);
    Some((round(size.0)?, round(size.1)?))
}

/// A length in CSS pixels: a number, or a number with an absolute unit (percentages and
/// font-relative units have no size of their own).
fn pixels(value: &str) -> Option<f64> {
    let value = value.trim();
    let split = value.find(|c: char| c.is_ascii_alphabetic() || c == '%').unwrap_or(value.len());
    let (number, unit) = value.split_at(split);
    let per_unit = match unit {
        "" | "px" => 1.0,
        "in" => 96.0,
        "cm" => 96.0 / 2.54,
        "mm" => 96.0 / 25.4,
        "pt" => 96.0 / 72.0,
        "pc" => 16.0,
        _ => return None,
    };
    number.trim().parse::<f64>().ok().map(|n| n * per_unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(svg: &str) -> Option<DrawingSize> {
        size_of(roxmltree::Document::parse(svg).unwrap().root_element())
    }

    #[test]
    fn sizes_come_from_width_and_height_or_the_view_box() {
        assert_eq!(size(r#"<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360px"/>"#), Some((640, 360)));
        assert_eq!(
            size(r#"<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0,0 320 180"/>"#),
            Some((320, 180))
        );
        assert_eq!(size(r#"<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="1in"/>"#), Some((794, 96)));
        assert_eq!(size(r#"<svg xmlns="http://www.w3.org/2000/svg"/>"#), None);
        assert_eq!(size(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1e400 5"/>"#), None);
        // Found by make fuzz: junk between the numbers was skipped, and a size made up.
        assert_eq!(size(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="x:0 0 640 360x:00 460 360"/>"#), None);
    }
}
