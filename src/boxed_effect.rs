//! [`effect`]: Leptos' `Effect::new` through one boxed closure type. Leptos compiles its effect
//! machinery once per closure type, about 1 KB of wasm each; the app's ten effects share one
//! copy this way (−2.6 KB brotli on every page when measured).

use leptos::prelude::Effect;

/// Runs `run` once the page is in the browser (never while pre-rendering natively), and again
/// whenever a signal it read last time changes: `Effect::new`, without the previous value
/// (keep it in the closure where needed).
pub fn effect(run: impl FnMut() + 'static) {
    let mut run: Box<dyn FnMut()> = Box::new(run);
    Effect::new(move |_| run());
}
