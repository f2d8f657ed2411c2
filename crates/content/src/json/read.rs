//! [`FromJson`]: a typed value from a [`Json`] tree, with [`Fields`] to take an object's
//! fields by name. A fault names where it is, as a path of keys (`item.byline.author`).

use std::fmt;

use super::tree::Json;

/// A value that can be read from a data file's JSON.
pub trait FromJson: Sized {
    /// `json` as a `Self`, or what about it is wrong.
    fn from_json(json: Json) -> Result<Self, ShapeError>;
}

/// A struct read from an object's fields (derived with `FromJson`): also how a newtype
/// variant's value is read, from the fields [`tagged`] hands over.
pub trait FromFields: Sized {
    /// The value from `fields`, or what about them is wrong.
    fn from_fields(fields: Fields) -> Result<Self, ShapeError>;
}

/// A value of the wrong shape: where (a path of keys, outermost first) and what is wrong.
/// Boxed, so that a `Result` of it is no larger than the value read: every field read passes
/// one along, and a small one keeps the wasm small. In the browser it says nothing: a reader
/// cannot mend a damaged file, and the words it would need are English sentences the wasm
/// does not hold (issue 46); `make check`, the tests and the fuzzers read the same files
/// natively, with every word.
#[derive(Clone, Debug, PartialEq)]
pub struct ShapeError(Box<Fault>);

#[derive(Clone, Debug, PartialEq)]
struct Fault {
    path: String,
    why: String,
}

impl ShapeError {
    /// A fault in the value being read, e.g. `"is not text"`.
    pub fn new(why: impl Into<String>) -> ShapeError {
        let why = if cfg!(target_arch = "wasm32") { String::new() } else { why.into() };
        ShapeError(Box::new(Fault { path: String::new(), why }))
    }

    /// The same fault, seen from the object holding it under `key`.
    #[inline(never)]
    fn within(mut self, key: &str) -> ShapeError {
        if cfg!(target_arch = "wasm32") {
            return self;
        }
        let path = &mut self.0.path;
        if !path.is_empty() {
            path.insert(0, '.');
        }
        path.insert_str(0, key);
        self
    }
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Fault { path, why } = &*self.0;
        if cfg!(target_arch = "wasm32") {
            return Ok(());
        }
        // Not `write!`: the app's first load pays for every formatting call it holds.
        if path.is_empty() {
            f.write_str("the data ")?;
        } else {
            f.write_str("`")?;
            f.write_str(path)?;
            f.write_str("` ")?;
        }
        f.write_str(why)
    }
}

/// An object's fields, taken out one by one by name. Fields nobody asks for are ignored, so
/// an older app reads a newer file.
pub struct Fields(Vec<(String, Json)>);

impl Fields {
    /// The fields of `json`, which must be an object.
    pub fn of(json: Json) -> Result<Fields, ShapeError> {
        match json {
            Json::Object(fields) => Ok(Fields(fields)),
            _ => Err(ShapeError::new("is not an object")),
        }
    }

    /// The field `key`, which must be there.
    pub fn take<T: FromJson>(&mut self, key: &str) -> Result<T, ShapeError> {
        let json = self.field(key).ok_or_else(|| ShapeError::new("is missing").within(key))?;
        T::from_json(json).map_err(|error| error.within(key))
    }

    /// The field `key`, or `None` when it is absent or `null`.
    pub fn optional<T: FromJson>(&mut self, key: &str) -> Result<Option<T>, ShapeError> {
        match self.field(key) {
            None | Some(Json::Null) => Ok(None),
            Some(json) => T::from_json(json).map(Some).map_err(|error| error.within(key)),
        }
    }

    /// The field `key` taken out, if there is one. Not generic: one copy in the wasm.
    #[inline(never)]
    fn field(&mut self, key: &str) -> Option<Json> {
        let at = self.0.iter().position(|(name, _)| name == key)?;
        Some(self.0.swap_remove(at).1)
    }

    /// The field `key`, or `T`'s default when it is absent (as the writer leaves out an empty
    /// list or a `false`).
    pub fn or_default<T: FromJson + Default>(&mut self, key: &str) -> Result<T, ShapeError> {
        Ok(self.optional(key)?.unwrap_or_default())
    }
}

/// An externally tagged enum (`{"heading": {"text": …}}`): `read` gets its one key and that
/// key's object; a fault inside is named under the key.
pub fn tagged<T>(json: Json, read: impl FnOnce(&str, Fields) -> Result<T, ShapeError>) -> Result<T, ShapeError> {
    let (tag, value) = match json {
        Json::Object(mut fields) if fields.len() == 1 => fields.swap_remove(0),
        _ => return Err(ShapeError::new("is not an object with one key")),
    };
    Fields::of(value).and_then(|fields| read(&tag, fields)).map_err(|error| error.within(&tag))
}

/// The fault of a tag this app does not know (named by [`tagged`] with the tag).
pub fn unknown_tag() -> ShapeError {
    ShapeError::new("is of a kind this app does not know")
}

/// A unit enum written as its name (`"article"`): the variant whose name it is.
pub fn named<T: Copy>(json: Json, names: &[(&str, T)]) -> Result<T, ShapeError> {
    let name = String::from_json(json)?;
    names.iter().find(|(known, _)| *known == name).map(|(_, value)| *value).ok_or_else(|| unknown(&name))
}

/// The fault of a name this app does not know, e.g. an article kind.
pub fn unknown(name: &str) -> ShapeError {
    if cfg!(target_arch = "wasm32") {
        return ShapeError::new("");
    }
    ShapeError::new(format!("names an unknown kind `{name}`"))
}

impl FromJson for Json {
    fn from_json(json: Json) -> Result<Json, ShapeError> {
        Ok(json)
    }
}

impl FromJson for String {
    fn from_json(json: Json) -> Result<String, ShapeError> {
        match json {
            Json::Text(text) => Ok(text),
            _ => Err(ShapeError::new("is not text")),
        }
    }
}

impl FromJson for bool {
    fn from_json(json: Json) -> Result<bool, ShapeError> {
        match json {
            Json::Bool(value) => Ok(value),
            _ => Err(ShapeError::new("is not true or false")),
        }
    }
}

/// A whole number in `T`'s range.
fn whole<T: TryFrom<i64>>(json: Json) -> Result<T, ShapeError> {
    match json {
        Json::Number(number) => T::try_from(number).map_err(|_| ShapeError::new("is out of range")),
        _ => Err(ShapeError::new("is not a number")),
    }
}

impl FromJson for u16 {
    fn from_json(json: Json) -> Result<u16, ShapeError> {
        whole(json)
    }
}

impl FromJson for u32 {
    fn from_json(json: Json) -> Result<u32, ShapeError> {
        whole(json)
    }
}

impl FromJson for usize {
    fn from_json(json: Json) -> Result<usize, ShapeError> {
        whole(json)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(json: Json) -> Result<Vec<T>, ShapeError> {
        let values = match json {
            Json::List(values) => values,
            _ => return Err(ShapeError::new("is not a list")),
        };
        // A plain loop: `collect` into a `Result` costs the wasm several times as much per type.
        let mut read = Vec::with_capacity(values.len());
        for value in values {
            read.push(T::from_json(value)?);
        }
        Ok(read)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(json: Json) -> Result<Option<T>, ShapeError> {
        match json {
            Json::Null => Ok(None),
            json => T::from_json(json).map(Some),
        }
    }
}

#[cfg(test)]
mod tests;
