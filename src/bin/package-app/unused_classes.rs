//! Classes a dependency exports to JavaScript that the app never creates, taken out of the
//! glue and the wasm before wasm-opt, so that their code goes too.
//!
//! wasm-streams (which Leptos' server functions depend on, always) exports three adapters
//! between Rust streams and the browser's: every app that links Leptos ships them, with their
//! JS classes, though only server functions that stream could ever create one. This app has
//! no server functions, and nothing in its glue wraps a pointer in one of these classes
//! (checked below: a class the wasm can create is never removed).

/// The classes removed: wasm-streams' stream adapters.
pub const UNUSED_CLASSES: [&str; 3] = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];

/// `glue` and `wasm` without the `classes` the glue exports: the class, its finalization
/// registry and its dispose line from the glue, and its methods' exports from the wasm. A class
/// the glue does not have is skipped; one it has in another form than wasm-bindgen 0.2.130
/// writes, or that the wasm can create (`Class.__wrap`), is an error.
pub fn drop_classes(glue: &str, wasm: &[u8], classes: &[&str]) -> Result<(String, Vec<u8>), String> {
    let mut glue = glue.to_string();
    let mut prefixes = Vec::new();
    for class in classes {
        let declaration = format!("export class {class} {{\n");
        let Some(start) = glue.find(&declaration) else { continue };
        if glue.contains(&format!("{class}.__wrap(")) {
            return Err(format!("the wasm can create a {class} (the glue wraps pointers in it): it is not unused"));
        }
        let end = start + glue[start..].find("\n}\n").ok_or_else(|| unexpected(class))? + 3;
        glue.replace_range(start..end, "");
        remove_once(&mut glue, &format!("if (Symbol.dispose) {class}.prototype[Symbol.dispose] = {class}.prototype.free;\n"), class)?;
        let lower = class.to_lowercase();
        let registry = format!(
            "const {class}Finalization = (typeof FinalizationRegistry === 'undefined')\n    ? {{ register: () => {{}}, unregister: () => {{}} }}\n    : new FinalizationRegistry(ptr => wasm.__wbg_{lower}_free(ptr, 1));\n"
        );
        remove_once(&mut glue, &registry, class)?;
        if glue.contains(class) || glue.contains(&format!("wasm.{lower}_")) {
            return Err(unexpected(class));
        }
        prefixes.push(format!("{lower}_"));
        prefixes.push(format!("__wbg_{lower}_"));
    }
    if prefixes.is_empty() {
        return Ok((glue, wasm.to_vec()));
    }
    let wasm = without_exports(wasm, |name| prefixes.iter().any(|prefix| name.starts_with(prefix.as_str())))?;
    Ok((glue, wasm))
}

fn remove_once(glue: &mut String, text: &str, class: &str) -> Result<(), String> {
    if glue.matches(text).count() != 1 {
        return Err(unexpected(class));
    }
    *glue = glue.replacen(text, "", 1);
    Ok(())
}

fn unexpected(class: &str) -> String {
    format!("the glue exports {class} in another form than wasm-bindgen 0.2.130 writes; teach package-app's unused_classes.rs the new form")
}

/// `wasm` with the exports whose names `drop` picks left out of its export section.
pub fn without_exports(wasm: &[u8], mut drop: impl FnMut(&str) -> bool) -> Result<Vec<u8>, String> {
    const EXPORT_SECTION: u8 = 7;
    let broken = || "the wasm's sections cannot be read".to_string();
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("not a wasm module".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let (length, after) = read_leb(wasm, at + 1).ok_or_else(broken)?;
        let end = after.checked_add(length).filter(|end| *end <= wasm.len()).ok_or_else(broken)?;
        if id != EXPORT_SECTION {
            out.extend_from_slice(&wasm[at..end]);
            at = end;
            continue;
        }
        let (count, mut entry) = read_leb(wasm, after).ok_or_else(broken)?;
        let mut kept = Vec::new();
        let mut kept_count = 0;
        for _ in 0..count {
            let (name_length, name_at) = read_leb(wasm, entry).ok_or_else(broken)?;
            let name = wasm.get(name_at..name_at + name_length).and_then(|bytes| std::str::from_utf8(bytes).ok()).ok_or_else(broken)?;
            // The kind (one byte) and the index (a LEB128 number).
            let (_, entry_end) = read_leb(wasm, name_at + name_length + 1).ok_or_else(broken)?;
            if !drop(name) {
                kept.extend_from_slice(&wasm[entry..entry_end]);
                kept_count += 1;
            }
            entry = entry_end;
        }
        let mut section = write_leb(kept_count);
        section.extend_from_slice(&kept);
        out.push(EXPORT_SECTION);
        out.extend_from_slice(&write_leb(section.len()));
        out.extend_from_slice(&section);
        at = end;
    }
    Ok(out)
}

/// An unsigned LEB128 number at `at`: its value and where the next byte is.
fn read_leb(bytes: &[u8], mut at: usize) -> Option<(usize, usize)> {
    let (mut value, mut shift) = (0_usize, 0);
    loop {
        let byte = *bytes.get(at)?;
        at += 1;
        value |= usize::from(byte & 0x7f).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some((value, at));
        }
        shift += 7;
    }
}

fn write_leb(mut value: usize) -> Vec<u8> {
    let mut bytes = Vec::new();
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            bytes.push(byte);
            return bytes;
        }
        bytes.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with an empty type section and the export section of `exports` (function
    /// exports; the indices need not exist for the section to be rewritten).
    fn module(exports: &[&str]) -> Vec<u8> {
        let mut section = write_leb(exports.len());
        for (index, name) in exports.iter().enumerate() {
            section.extend(write_leb(name.len()));
            section.extend(name.as_bytes());
            section.push(0);
            section.extend(write_leb(index + 200));
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([1, 1, 0]);
        wasm.push(7);
        wasm.extend(write_leb(section.len()));
        wasm.extend(section);
        wasm
    }

    const GLUE: &str = "export class Kept {\n    free() {}\n}\nexport class IntoUnderlyingSink {\n    free() {\n        wasm.__wbg_intounderlyingsink_free(ptr, 0);\n    }\n    write(chunk) {\n        return wasm.intounderlyingsink_write(this.__wbg_ptr, chunk);\n    }\n}\nif (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;\nfunction imports() {}\nconst IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')\n    ? { register: () => {}, unregister: () => {} }\n    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));\nconst after = 1;\n";

    /// The export section's names, in order.
    fn export_names(wasm: &[u8]) -> Vec<String> {
        let mut names = Vec::new();
        without_exports(wasm, |name| {
            names.push(name.to_string());
            false
        })
        .expect("readable");
        names
    }

    #[test]
    fn an_unused_class_leaves_the_glue_and_its_methods_the_exports() {
        let wasm = module(&["memory_like", "__wbg_intounderlyingsink_free", "intounderlyingsink_write", "main"]);
        let (glue, stripped) = drop_classes(GLUE, &wasm, &UNUSED_CLASSES).expect("dropped");
        assert_eq!(glue, "export class Kept {\n    free() {}\n}\nfunction imports() {}\nconst after = 1;\n");
        assert_eq!(export_names(&stripped), ["memory_like", "main"]);
        assert_eq!(stripped.len(), wasm.len() - "__wbg_intounderlyingsink_free".len() - "intounderlyingsink_write".len() - 2 * 4, "each entry: its name, its length, kind and index (4 bytes)");
    }

    #[test]
    fn without_the_classes_nothing_changes() {
        let wasm = module(&["main"]);
        let glue = "export class Kept {\n}\n";
        assert_eq!(drop_classes(glue, &wasm, &UNUSED_CLASSES).expect("unchanged"), (glue.to_string(), wasm));
    }

    #[test]
    fn a_class_the_wasm_creates_or_in_another_form_is_an_error() {
        let wasm = module(&["main"]);
        let created = format!("{GLUE}function make(ptr) {{ return IntoUnderlyingSink.__wrap(ptr); }}\n");
        assert!(drop_classes(&created, &wasm, &UNUSED_CLASSES).unwrap_err().contains("can create"));
        let other_form = GLUE.replace("if (Symbol.dispose) ", "if (Symbol.asyncDispose) ");
        assert!(drop_classes(&other_form, &wasm, &UNUSED_CLASSES).unwrap_err().contains("another form"));
        assert!(without_exports(b"\0asm\x01\0\0\0\x07\x05\x01", |_| true).is_err(), "a section cut short");
    }
}
