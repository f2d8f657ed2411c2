//! A thin adapter over `localStorage` that never throws: where storage is blocked (private
//! modes, policies) or absent (native rendering), reads give `None` and writes do nothing.

/// The stored text under `key`, if storage is available and holds it.
pub fn read(key: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        local_storage()?.get_item(key).ok().flatten()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        None
    }
}

/// Stores `value` under `key`; returns whether it was kept.
pub fn write(key: &str, value: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        local_storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (key, value);
        false
    }
}

#[cfg(target_arch = "wasm32")]
fn local_storage() -> Option<web_sys::Storage> {
    // `window.localStorage` itself throws where storage is blocked: that is the `Err` here.
    web_sys::window()?.local_storage().ok().flatten()
}
