//! The interface's words as data (issue 46): every word the app shows is a key here, with its
//! text in a messages file per language, so a site is translated, or "Saved" renamed, by
//! editing a file, and the wasm holds no sentence of any language.
//!
//! - `keys.rs`: the one list of keys, in groups, with each key's placeholders;
//! - `message.rs`: a message as the browser reads it (text, or plural forms) and how it is
//!   written out with its values;
//! - `plural.rs`: which plural form a number takes in a language, from CLDR's rules;
//! - `catalog.rs` (feature `build`): a language's messages files read, checked (each problem
//!   at its `file:line`) and compiled into one data file per group.

mod message;
mod plural;

#[cfg(feature = "build")]
mod catalog;

pub use message::{GroupWords, Message, PageWords, Segment};
pub use plural::{Category, PluralRule, PluralRules, Relation, category, encode};

#[cfg(feature = "build")]
pub use catalog::{Catalog, ENGINE_LANGUAGES, MessagesProblem};
#[cfg(feature = "build")]
pub use plural::cldr_rules;

/// A key's name and values, for the site build that checks the messages files (the app holds
/// only its number).
#[cfg(feature = "build")]
#[derive(Clone, Copy, Debug)]
pub struct KeyInfo {
    /// Its name in the messages files (`reading_time`).
    pub name: &'static str,
    /// The names of the values its text takes, in the order the app gives them.
    pub placeholders: &'static [&'static str],
    /// The placeholder whose number chooses the plural form, if its text has forms.
    pub count: Option<&'static str>,
}

/// One message of the interface: its group and its place in the group (`word::key_points`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Word {
    /// The group its text comes in.
    pub group: Group,
    /// Its place in the group's list.
    pub index: u16,
}

/// Declares the groups of keys (see `keys.rs`): the enum [`Group`], a module per group with a
/// constant per key, `word` with every key, and (feature `build`) each
/// group's [`KeyInfo`]s.
macro_rules! words {
    ($($(#[$doc:meta])* $group:ident = $file:ident {
        $($key:ident $(($($arg:ident),*))? $(per $count:ident)?),* $(,)?
    })*) => {
        /// A group of words, carried by the pages that show it (one data file each).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Group {
            $($(#[$doc])* $group),*
        }

        impl Group {
            /// Every group, in the order declared.
            pub const ALL: &'static [Group] = &[$(Group::$group),*];

            /// Its name, which names its data file (`content/words/shell.json`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Group::$group => stringify!($file)),*
                }
            }

            /// Its keys, by name, with their values (for the site build).
            #[cfg(feature = "build")]
            pub fn keys(self) -> &'static [$crate::words::KeyInfo] {
                match self {
                    $(Group::$group => {
                        const KEYS: &[$crate::words::KeyInfo] = &[$(
                            $crate::words::KeyInfo {
                                name: stringify!($key),
                                placeholders: &[$($(stringify!($arg)),*)?],
                                count: [$(stringify!($count))?].first().copied(),
                            }
                        ),*];
                        KEYS
                    }),*
                }
            }
        }

        $(
            $(#[$doc])*
            #[allow(non_upper_case_globals)]
            pub mod $file {
                #[allow(non_camel_case_types, clippy::enum_variant_names)]
                #[repr(u16)]
                enum Index {
                    $($key),*
                }

                $(
                    #[doc = concat!("The message `", stringify!($key), "`.")]
                    pub const $key: $crate::words::Word =
                        $crate::words::Word { group: super::Group::$group, index: Index::$key as u16 };
                )*
            }
        )*

        /// Every key of every group, by name (`word::key_points`).
        pub mod word {
            $(pub use super::$file::*;)*
        }
    };
}

mod keys;

pub use keys::{Group, word};

/// The site path of the words file of pages like `page` (`/content/words/item.json`), named
/// by the last of its groups.
pub fn page_words_path(page: &crate::Page) -> String {
    let name = page.word_groups().last().map_or("shell", |group| group.name());
    format!("/content/words/{name}.json")
}
