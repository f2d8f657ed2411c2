//! `make bench-picture-formats`: for each real photograph, the smallest file each encoder
//! writes at a SSIMULACRA2 score of at least the target (70 = "high quality" on the metric's
//! own scale), and how long that encode takes on one core.
//!
//! Usage: picture-formats PHOTO_FOLDER [WIDTH] [TARGET]
//! AVIF files are decoded for scoring with `avifdec` (Debian `libavif-bin`); without it,
//! AVIF is left out.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use health_pictures::decode::{Decoded, decode};
use health_pictures::encode::resize;
use health_pictures::{Limits, probe};
use ssimulacra2::{ColorPrimaries, Rgb, TransferCharacteristic, compute_frame_ssimulacra2};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Codec {
    WebP,
    MozJpeg,
    Avif { speed: u8 },
}

impl Codec {
    fn name(self) -> String {
        match self {
            Codec::WebP => "WebP (libwebp, method 4)".into(),
            Codec::MozJpeg => "JPEG (mozjpeg)".into(),
            Codec::Avif { speed } => format!("AVIF (rav1e via ravif, speed {speed})"),
        }
    }

    fn encode(self, picture: &Decoded, quality: f32) -> Vec<u8> {
        match self {
            Codec::WebP => health_pictures::encode::webp(picture, quality),
            Codec::MozJpeg => {
                let mut compress = mozjpeg::Compress::new(mozjpeg::ColorSpace::JCS_RGB);
                compress.set_size(picture.width as usize, picture.height as usize);
                compress.set_quality(quality);
                let mut started = compress.start_compress(Vec::new()).unwrap();
                started.write_scanlines(&picture.pixels).unwrap();
                started.finish().unwrap()
            }
            Codec::Avif { speed } => {
                let pixels: Vec<ravif::RGB8> = picture.pixels.chunks_exact(3).map(|p| ravif::RGB8::new(p[0], p[1], p[2])).collect();
                let image = ravif::Img::new(pixels.as_slice(), picture.width as usize, picture.height as usize);
                ravif::Encoder::new()
                    .with_quality(quality)
                    .with_speed(speed)
                    .with_num_threads(Some(1))
                    .encode_rgb(image)
                    .unwrap()
                    .avif_file
            }
        }
    }

    fn decode(self, bytes: &[u8], scratch: &Path) -> Option<Vec<u8>> {
        match self {
            Codec::Avif { .. } => {
                let (avif, png) = (scratch.join("score.avif"), scratch.join("score.png"));
                std::fs::write(&avif, bytes).ok()?;
                let ok = Command::new("avifdec").arg(&avif).arg(&png).output().ok()?.status.success();
                ok.then(|| image::open(&png).ok().map(|i| i.into_rgb8().into_raw())).flatten()
            }
            _ => Some(image::load_from_memory(bytes).ok()?.into_rgb8().into_raw()),
        }
    }
}

fn frame(pixels: &[u8], width: u32, height: u32) -> Rgb {
    let data = pixels.chunks_exact(3).map(|p| [p[0] as f32 / 255.0, p[1] as f32 / 255.0, p[2] as f32 / 255.0]).collect();
    Rgb::new(data, width as usize, height as usize, TransferCharacteristic::SRGB, ColorPrimaries::BT709).unwrap()
}

struct Found {
    quality: f32,
    bytes: usize,
    score: f64,
    millis: f64,
}

/// The lowest quality (by bisection over whole numbers) whose file scores at least `target`.
fn lowest_passing(codec: Codec, picture: &Decoded, target: f64, scratch: &Path) -> Option<Found> {
    let reference = frame(&picture.pixels, picture.width, picture.height);
    let score = |q: f32| -> Option<(usize, f64)> {
        let bytes = codec.encode(picture, q);
        let decoded = codec.decode(&bytes, scratch)?;
        let s = compute_frame_ssimulacra2(reference.clone(), frame(&decoded, picture.width, picture.height)).ok()?;
        Some((bytes.len(), s))
    };
    let (mut lo, mut hi) = (20i32, 100i32);
    let (_, top) = score(hi as f32)?;
    if top < target {
        return None;
    }
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if score(mid as f32)?.1 >= target { hi = mid } else { lo = mid }
    }
    let (bytes, s) = score(hi as f32)?;
    let start = Instant::now();
    let runs = 3;
    for _ in 0..runs {
        codec.encode(picture, hi as f32);
    }
    Some(Found { quality: hi as f32, bytes, score: s, millis: start.elapsed().as_secs_f64() * 1000.0 / runs as f64 })
}

fn main() {
    let mut args = std::env::args().skip(1);
    let folder = PathBuf::from(args.next().expect("usage: picture-formats PHOTO_FOLDER [WIDTH] [TARGET]"));
    let width: u32 = args.next().map(|w| w.parse().unwrap()).unwrap_or(1080);
    let target: f64 = args.next().map(|t| t.parse().unwrap()).unwrap_or(70.0);
    let scratch = std::env::temp_dir().join(format!("picture-formats-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let have_avifdec = Command::new("avifdec").arg("--version").output().is_ok();
    let mut codecs = vec![Codec::WebP, Codec::MozJpeg];
    if have_avifdec {
        codecs.extend([Codec::Avif { speed: 6 }, Codec::Avif { speed: 9 }]);
    } else {
        eprintln!("avifdec not found (Debian: libavif-bin): AVIF left out");
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut totals = vec![(0usize, 0f64, 0usize); codecs.len()];
    println!("| photograph ({width} px) | {} |", codecs.iter().map(|c| c.name()).collect::<Vec<_>>().join(" | "));
    println!("|---|{}", "---:|".repeat(codecs.len()));
    for file in files {
        let Some(extension) = file.extension().and_then(|e| e.to_str()) else { continue };
        let Ok(bytes) = std::fs::read(&file) else { continue };
        let limits = Limits::default();
        let Ok(probed) = probe(&bytes, extension, &limits) else { continue };
        let source = decode(&bytes, &probed, &limits).unwrap();
        if source.alpha || source.width < width {
            continue;
        }
        let picture = resize(&source, width);
        let mut cells = Vec::new();
        for (i, &codec) in codecs.iter().enumerate() {
            match lowest_passing(codec, &picture, target, &scratch) {
                Some(found) => {
                    totals[i].0 += found.bytes;
                    totals[i].1 += found.millis;
                    totals[i].2 += 1;
                    cells.push(format!("{:.1} KB (q{}, {:.1}, {:.0} ms)", found.bytes as f64 / 1024.0, found.quality, found.score, found.millis));
                }
                None => cells.push("never reaches the target".into()),
            }
        }
        println!("| {} | {} |", file.file_name().unwrap().to_string_lossy(), cells.join(" | "));
    }
    println!(
        "| **total bytes, mean encode** | {} |",
        totals
            .iter()
            .map(|(bytes, ms, n)| format!("**{:.1} KB**, {:.0} ms", *bytes as f64 / 1024.0, ms / (*n).max(1) as f64))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let _ = std::fs::remove_dir_all(&scratch);
}
