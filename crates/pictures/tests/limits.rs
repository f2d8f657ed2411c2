//! A decompression bomb costs nothing: a PNG claiming 100,000 × 100,000 pixels (30 GB
//! decoded) is refused from its header, and this test's allocator sees no large allocation.

mod support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use health_pictures::{Limits, PictureError, probe};

struct Largest;

static LARGEST: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Largest {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LARGEST.fetch_max(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Largest = Largest;

#[test]
fn a_huge_header_is_refused_without_allocating_the_picture() {
    let bomb = support::png_header_only(100_000, 100_000);
    LARGEST.store(0, Ordering::Relaxed);
    let error = probe(&bomb, "png", &Limits::default()).unwrap_err();
    let largest = LARGEST.load(Ordering::Relaxed);
    assert_eq!(error, PictureError::TooManyPixels { width: 100_000, height: 100_000, max_megapixels: 50 });
    assert_eq!(
        error.to_string(),
        "the picture is 100000 × 100000 pixels (10000 megapixels), over the limit of 50: export it at 6,000 px wide or less"
    );
    assert!(largest < 1 << 20, "an allocation of {largest} bytes while reading the header");
}
