//! A thin adapter over `localStorage` that never throws: where storage is blocked (private
//! modes, policies), reads give `None` and writes do nothing. Browser-only, like every
//! adapter here: called from effects and event handlers, which never run natively.

/// The stored text under `key`, if storage is available and holds it.
pub fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`; returns whether it was kept.
pub fn write(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
}

fn local_storage() -> Option<web_sys::Storage> {
    // `window.localStorage` itself throws where storage is blocked: that is the `Err` here.
    web_sys::window()?.local_storage().ok().flatten()
}
