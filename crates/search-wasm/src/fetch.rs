//! The browser's `fetch`, bound by hand: the engine needs a URL's text and nothing else of
//! web-sys.

use js_sys::Promise;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = fetch)]
    fn fetch(url: &str) -> Promise;

    type Response;
    #[wasm_bindgen(method, getter)]
    fn ok(this: &Response) -> bool;
    #[wasm_bindgen(method, getter)]
    fn status(this: &Response) -> u16;
    #[wasm_bindgen(method)]
    fn text(this: &Response) -> Promise;
}

/// Why an index file could not be read.
#[derive(Debug, PartialEq)]
pub enum Failure {
    /// The request did not complete.
    Network,
    /// The server answered with this non-2xx status.
    Status(u16),
    /// The file is not the JSON it should be.
    Invalid,
}

impl Failure {
    /// What a reader is told.
    pub fn message(&self) -> String {
        match self {
            Failure::Network => "We could not reach the server. Check your connection and try again.".to_string(),
            Failure::Status(code) => format!("The server could not send the search index (error {code})."),
            Failure::Invalid => "The search index could not be read. Try again later.".to_string(),
        }
    }
}

/// The JSON file at `url`, read as `T`.
pub async fn fetch_json<T: DeserializeOwned>(url: &str) -> Result<T, Failure> {
    read(fetch(url)).await
}

/// The files `files` of the index folder `index`, fetched at once and read as `T`, in order.
pub async fn fetch_all<T: DeserializeOwned>(index: &str, files: Vec<String>) -> Result<Vec<(String, T)>, Failure> {
    // Every request starts before the first is awaited.
    let pending: Vec<(String, Promise)> = files
        .into_iter()
        .map(|file| (fetch(&format!("{index}{file}")), file))
        .map(|(request, file)| (file, request))
        .collect();
    let mut read_files = Vec::with_capacity(pending.len());
    for (file, request) in pending {
        read_files.push((file, read(request).await?));
    }
    Ok(read_files)
}

async fn read<T: DeserializeOwned>(request: Promise) -> Result<T, Failure> {
    let response: Response = JsFuture::from(request).await.map_err(|_| Failure::Network)?.unchecked_into();
    if !response.ok() {
        return Err(Failure::Status(response.status()));
    }
    let text = JsFuture::from(response.text()).await.map_err(|_| Failure::Network)?;
    serde_json::from_str(&text.as_string().unwrap_or_default()).map_err(|_| Failure::Invalid)
}
