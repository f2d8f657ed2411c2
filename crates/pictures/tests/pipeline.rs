//! The picture pipeline end to end on pictures made here: orientation, colour, metadata,
//! errors and the cache.

mod support;

use health_pictures::decode::decode;
use health_pictures::{Cache, Limits, PictureError, Settings, prepare, probe};
use support::*;

fn upright(bytes: &[u8], extension: &str) -> health_pictures::decode::Decoded {
    let limits = Limits::default();
    decode(bytes, &probe(bytes, extension, &limits).unwrap(), &limits).unwrap()
}

fn pixel(picture: &health_pictures::decode::Decoded, x: u32, y: u32) -> [u8; 3] {
    let at = ((y * picture.width + x) * 3) as usize;
    [picture.pixels[at], picture.pixels[at + 1], picture.pixels[at + 2]]
}

fn near(a: [u8; 3], b: [u8; 3], within: i32) -> bool {
    a.iter().zip(b).all(|(&x, y)| (x as i32 - y as i32).abs() <= within)
}

#[test]
fn all_eight_exif_orientations_are_applied() {
    // Stored 64 × 32: red, green / blue, white. What a viewer shows for each tag
    // (top left, top right, bottom left, bottom right), and whether it is turned on its side.
    let expected: [(u16, [[u8; 3]; 4], bool); 8] = [
        (1, [RED, GREEN, BLUE, WHITE], false),
        (2, [GREEN, RED, WHITE, BLUE], false),
        (3, [WHITE, BLUE, GREEN, RED], false),
        (4, [BLUE, WHITE, RED, GREEN], false),
        (5, [RED, BLUE, GREEN, WHITE], true),
        (6, [BLUE, RED, WHITE, GREEN], true),
        (7, [WHITE, GREEN, BLUE, RED], true),
        (8, [GREEN, WHITE, RED, BLUE], true),
    ];
    let stored = jpeg(&quadrants(64, 32));
    for (tag, corners, turned) in expected {
        let picture = upright(&with_exif(&stored, tag, false), "jpg");
        let (w, h) = if turned { (32, 64) } else { (64, 32) };
        assert_eq!((picture.width, picture.height), (w, h), "orientation {tag}: size");
        let seen = [
            pixel(&picture, 4, 4),
            pixel(&picture, w - 5, 4),
            pixel(&picture, 4, h - 5),
            pixel(&picture, w - 5, h - 5),
        ];
        for (corner, (seen, wanted)) in
            ["top left", "top right", "bottom left", "bottom right"].iter().zip(seen.iter().zip(corners))
        {
            assert!(near(*seen, wanted, 24), "orientation {tag}, {corner}: {seen:?}, expected {wanted:?}");
        }
    }
}

#[test]
fn a_display_p3_picture_is_converted_to_srgb() {
    let p3 = moxcms::ColorProfile::new_display_p3().encode().unwrap();
    let colour = [200u8, 100, 50];
    let source = png(&image::RgbImage::from_pixel(8, 8, image::Rgb(colour)), Some(p3));
    let picture = upright(&source, "png");
    // The same colour worked out by hand: P3 and sRGB share a transfer curve; the primaries
    // differ by this matrix (linear Display P3 to linear sRGB).
    let linear = |v: u8| {
        let v = v as f64 / 255.0;
        if v <= 0.04045 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    let encode = |v: f64| {
        let v = v.clamp(0.0, 1.0);
        (255.0 * if v <= 0.0031308 { v * 12.92 } else { 1.055 * v.powf(1.0 / 2.4) - 0.055 }).round() as u8
    };
    let m = [[1.2249, -0.2247, 0.0], [-0.0420, 1.0419, 0.0], [-0.0197, -0.0786, 1.0979]];
    let l = colour.map(linear);
    let expected = [0, 1, 2].map(|row| encode(m[row][0] * l[0] + m[row][1] * l[1] + m[row][2] * l[2]));
    let seen = pixel(&picture, 3, 3);
    assert!(near(seen, expected, 3), "P3 {colour:?} became {seen:?}; sRGB is {expected:?}");
    assert!(!near(seen, colour, 5), "the colour was left as it was");
}

#[test]
fn no_metadata_survives_and_the_location_is_gone() {
    let source = with_exif(&jpeg(&textured(800, 450)), 1, true);
    assert!(source.windows(4).any(|w| w == b"Exif"), "the test picture carries EXIF");
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let prepared = prepare(&source, "jpg", &Settings::default(), &cache).unwrap();
    assert_eq!(prepared.entry.widths, vec![360, 540, 720, 800]);
    for &width in &prepared.entry.widths {
        let bytes = std::fs::read(cache.variant(&prepared.key, width)).unwrap();
        // A WebP is RIFF chunks: only the picture's own ("VP8 ") may be there.
        assert_eq!(&bytes[..4], b"RIFF");
        assert_eq!(&bytes[8..12], b"WEBP");
        let mut at = 12;
        while at + 8 <= bytes.len() {
            let kind = &bytes[at..at + 4];
            assert_eq!(kind, b"VP8 ", "variant {width}: a {:?} chunk", String::from_utf8_lossy(kind));
            let length = u32::from_le_bytes(bytes[at + 4..at + 8].try_into().unwrap()) as usize;
            at += 8 + length + length % 2;
        }
        for marker in [&b"Exif"[..], b"GPS", b"XMP", b"http://ns.adobe.com"] {
            assert!(!bytes.windows(marker.len()).any(|w| w == marker), "variant {width} holds {marker:?}");
        }
        let decoded = image::load_from_memory(&bytes).unwrap();
        assert_eq!(decoded.width(), width);
    }
    assert!(prepared.entry.preview.starts_with("data:image/webp;base64,"));
    assert!(prepared.entry.preview.len() < 600, "preview of {} bytes", prepared.entry.preview.len());
}

#[test]
fn each_bad_picture_is_named_for_what_is_wrong() {
    let limits = Limits::default();
    let good = jpeg(&textured(400, 300));
    let refusal = |bytes: &[u8], extension: &str| {
        let probed = probe(bytes, extension, &limits);
        match probed {
            Err(error) => error,
            Ok(p) => decode(bytes, &p, &limits).err().expect("refused"),
        }
    };
    let truncated = refusal(&good[..good.len() / 2], "jpg");
    assert!(matches!(truncated, PictureError::Undecodable { format: "JPEG", .. }), "{truncated:?}");
    assert!(truncated.to_string().contains("damaged or cut short"));

    let png_as_jpg = refusal(&png(&textured(40, 30), None), "jpg");
    assert_eq!(png_as_jpg.to_string(), "the file is a PNG picture but is named .jpg: rename it to .png");

    let text = refusal(b"GIF89a this is not one of ours", "gif");
    assert!(text.to_string().contains("not JPEG, PNG or WebP"), "{text}");

    let mut animated = png(&textured(40, 30), None);
    let actl = png_chunk(b"acTL", &[0, 0, 0, 2, 0, 0, 0, 0]);
    animated.splice(33..33, actl);
    assert_eq!(refusal(&animated, "png"), PictureError::Animated { format: "PNG" });

    let small_limits = Limits { max_pixels: 50_000_000, max_file_bytes: 1000 };
    let big = probe(&good, "jpg", &small_limits).unwrap_err();
    assert!(
        big.to_string().starts_with("the file is 0.0 MB, over the limit of 0 MB")
            || matches!(big, PictureError::FileTooLarge { .. })
    );
}

#[test]
fn the_cache_encodes_a_picture_once() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(dir.path());
    let source = jpeg(&textured(1600, 900));
    let settings = Settings::default();
    let first = prepare(&source, "jpg", &settings, &cache).unwrap();
    assert!(first.encoded);
    let second = prepare(&source, "jpg", &settings, &cache).unwrap();
    assert!(!second.encoded, "the second build encoded again");
    assert_eq!(first.entry, second.entry);
    // Other settings are another entry; a damaged entry is encoded again, not trusted.
    let other = Settings { quality: 60.0, ..Settings::default() };
    assert!(prepare(&source, "jpg", &other, &cache).unwrap().encoded);
    std::fs::write(cache.variant(&first.key, 720), b"half a file").unwrap();
    assert!(prepare(&source, "jpg", &settings, &cache).unwrap().encoded);
    assert!(!prepare(&source, "jpg", &settings, &cache).unwrap().encoded);
}

#[test]
fn a_picture_too_tall_for_webp_is_refused_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let tall = png(&image::RgbImage::from_pixel(400, 20_000, image::Rgb([90, 120, 150])), None);
    let error = prepare(&tall, "png", &Settings::default(), &Cache::new(dir.path())).unwrap_err();
    assert_eq!(error, PictureError::TooTall { width: 400, height: 20_000, max_side: 16_383 });
}
