//! Pictures made in the tests: JPEGs and PNGs with the metadata a camera or editor writes.

#![allow(dead_code)]

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{ImageEncoder, Rgb, RgbImage};

/// The quadrants' colours, top left, top right, bottom left, bottom right.
pub const RED: [u8; 3] = [220, 30, 30];
pub const GREEN: [u8; 3] = [30, 200, 40];
pub const BLUE: [u8; 3] = [30, 40, 220];
pub const WHITE: [u8; 3] = [250, 250, 250];

/// A `width` × `height` picture in four flat quadrants (red, green / blue, white).
pub fn quadrants(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        Rgb(match (x < width / 2, y < height / 2) {
            (true, true) => RED,
            (false, true) => GREEN,
            (true, false) => BLUE,
            (false, false) => WHITE,
        })
    })
}

/// A picture with detail everywhere (gradients and a pattern), like a photograph's texture.
pub fn textured(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        let wave = (((x * 7 + y * 3) % 23) * 5) as u8;
        Rgb([(x * 255 / width) as u8 ^ wave, (y * 255 / height) as u8, wave.wrapping_mul(3)])
    })
}

/// The picture as a JPEG at quality 95.
pub fn jpeg(image: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 95).encode_image(image).unwrap();
    out
}

/// The picture as a PNG, with the ICC profile `icc` if given.
pub fn png(image: &RgbImage, icc: Option<Vec<u8>>) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    let mut encoder = PngEncoder::new(&mut out);
    if let Some(icc) = icc {
        encoder.set_icc_profile(icc).unwrap();
    }
    encoder.write_image(image.as_raw(), image.width(), image.height(), image::ExtendedColorType::Rgb8).unwrap();
    out.into_inner()
}

/// A JPEG with an EXIF block (APP1) holding the orientation tag and, with `gps`, a GPS
/// position (latitude 51° 30′ 26″ N), as a phone writes them.
pub fn with_exif(jpeg: &[u8], orientation: u16, gps: bool) -> Vec<u8> {
    let mut tiff: Vec<u8> = b"MM\0\x2a\0\0\0\x08".to_vec();
    let entries: u16 = if gps { 2 } else { 1 };
    tiff.extend(entries.to_be_bytes());
    // Orientation: SHORT, one value, left-justified in the 4-byte field.
    tiff.extend([0x01, 0x12, 0, 3, 0, 0, 0, 1]);
    tiff.extend(orientation.to_be_bytes());
    tiff.extend([0, 0]);
    let gps_ifd = 8 + 2 + entries as u32 * 12 + 4;
    if gps {
        tiff.extend([0x88, 0x25, 0, 4, 0, 0, 0, 1]);
        tiff.extend(gps_ifd.to_be_bytes());
    }
    tiff.extend([0, 0, 0, 0]);
    if gps {
        let rationals = gps_ifd + 2 + 2 * 12 + 4;
        tiff.extend(2u16.to_be_bytes());
        tiff.extend([0x00, 0x01, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0]);
        tiff.extend([0x00, 0x02, 0, 5, 0, 0, 0, 3]);
        tiff.extend(rationals.to_be_bytes());
        tiff.extend([0, 0, 0, 0]);
        for (n, d) in [(51u32, 1u32), (30, 1), (26, 1)] {
            tiff.extend(n.to_be_bytes());
            tiff.extend(d.to_be_bytes());
        }
    }
    let mut segment = vec![0xFF, 0xE1];
    segment.extend(((2 + 6 + tiff.len()) as u16).to_be_bytes());
    segment.extend(b"Exif\0\0");
    segment.extend(tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend(segment);
    out.extend(&jpeg[2..]);
    out
}

/// A PNG chunk with its CRC.
pub fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend(kind);
    out.extend(data);
    out.extend(crc32(&[&kind[..], data].concat()).to_be_bytes());
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= byte as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A PNG whose header claims `width` × `height` RGB pixels, with one tiny data chunk.
pub fn png_header_only(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(png_chunk(b"IHDR", &ihdr));
    out.extend(png_chunk(b"IDAT", &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]));
    out.extend(png_chunk(b"IEND", &[]));
    out
}
