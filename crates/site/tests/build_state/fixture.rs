//! A site to build again and again: a copy of the shipped content, a small stand-in for the
//! app's files (the site build copies and links them; it never runs them), and the real site
//! build, called as a library (`health_site::Site`), with its build state in a folder of the
//! fixture's own.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use health_app_files::{AppFile, AppFiles, InlineScript, InstallIcons, integrity};
use health_center::chunks::parts::CHUNK_NAMES as PART_CHUNKS;
use health_center::routes::CHUNK_NAMES;
use health_site::{Options, Site};

/// One test's own folders under `target/test-build-state/{name}/`.
pub struct Fixture {
    pub content: PathBuf,
    pub app: PathBuf,
    pub dist: PathBuf,
    /// Where the builds keep their records (the command line's `target/site-build/`).
    pub state: PathBuf,
}

/// Every file of a site folder: its bytes and when it was last written.
pub type Snapshot = BTreeMap<String, (Vec<u8>, SystemTime)>;

/// What one build did to the site folder.
#[derive(Debug, Default)]
pub struct Changes {
    /// Files that are new or whose bytes changed.
    pub written: BTreeSet<String>,
    /// Files that are gone.
    pub removed: BTreeSet<String>,
    /// Files written again with the same bytes: work an unchanged input should not cost.
    pub rewritten_unchanged: BTreeSet<String>,
}

impl Changes {
    /// The written files besides the search index's (which follow the words).
    pub fn written_besides_search(&self) -> BTreeSet<&str> {
        self.written.iter().map(String::as_str).filter(|file| !is_search_index(file)).collect()
    }

    /// The removed files besides the search index's.
    pub fn removed_besides_search(&self) -> BTreeSet<String> {
        self.removed.iter().filter(|file| !is_search_index(file)).cloned().collect()
    }

    /// How many of the search index's files were written.
    pub fn search_files_written(&self) -> usize {
        self.written.iter().filter(|file| is_search_index(file)).count()
    }
}

/// Whether `file` is one of the search index's files (under `search/`, beside the search page).
fn is_search_index(file: &str) -> bool {
    file.starts_with("search/") && file != "search/index.html"
}

impl Fixture {
    /// A fresh copy of the shipped content with the stand-in app, and no site or state yet.
    pub fn new(name: &str) -> Fixture {
        let root = repository();
        let folder = root.join("target/test-build-state").join(name);
        let _ = fs::remove_dir_all(&folder);
        let fixture = Fixture {
            content: folder.join("content"),
            app: folder.join("app"),
            dist: folder.join("dist"),
            state: folder.join("state"),
        };
        copy_dir(&root.join("content"), &fixture.content);
        write_app(&fixture.app, "body { margin: 0; }");
        for file in fixture.state_files() {
            fs::remove_file(file).expect("remove an old state file");
        }
        fixture
    }

    /// Builds the site; what the command line would print (the notes and the summary).
    pub fn build(&self) -> String {
        let (success, stdout, stderr) = self.try_build();
        assert!(success, "the site build failed:\n{stdout}\n{stderr}");
        stdout
    }

    /// Builds the site once, as `make site` does (a new `Site`, which reads the last build's
    /// record): whether it succeeded, what the command line would print (its notes and
    /// summary) and its report of what stopped it.
    pub fn try_build(&self) -> (bool, String, String) {
        let options = Options {
            app: self.app.clone(),
            content: self.content.clone(),
            dist: self.dist.clone(),
            shell: repository().join("index.html"),
            site_url: "http://127.0.0.1:8080".into(),
            public_url: "/".into(),
            state: self.state.clone(),
            watch: false,
        };
        match Site::new(options).and_then(|mut site| site.build()) {
            Ok(built) => (true, built.output(0.0), String::new()),
            Err(report) => (false, String::new(), report),
        }
    }

    /// Builds, and says what the build changed in the site folder.
    pub fn build_changes(&self) -> (Changes, String) {
        let before = snapshot(&self.dist);
        let output = self.build();
        (changes(&before, &snapshot(&self.dist)), output)
    }

    /// Rewrites the content file `file` (relative to the content folder) through `edit`,
    /// which must change it.
    pub fn edit(&self, file: &str, edit: impl FnOnce(&str) -> String) {
        let path = self.content.join(file);
        let before = fs::read_to_string(&path).expect("read a content file");
        let after = edit(&before);
        assert_ne!(before, after, "{file}: the edit changed nothing");
        fs::write(&path, after).expect("write a content file");
    }

    /// The stand-in app with another stylesheet: a new deploy of the app.
    pub fn restyle(&self, stylesheet: &str) {
        write_app(&self.app, stylesheet);
    }

    /// The build state the site build keeps for this site folder.
    pub fn state_files(&self) -> Vec<PathBuf> {
        let folder = &self.state;
        let dist = fs::canonicalize(&self.dist).unwrap_or_else(|_| self.dist.clone());
        let name = dist.to_string_lossy().replace(['/', '\\', ':'], "_");
        let Ok(entries) = fs::read_dir(folder) else { return Vec::new() };
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .filter(|entry| {
                entry.file_name().to_string_lossy().strip_prefix(&name).is_some_and(|rest| rest.starts_with('.'))
            })
            .map(|entry| entry.path())
            .collect();
        files.sort();
        files
    }

    /// The state file with this extension (`outputs`, `search`, `json`).
    pub fn state_file(&self, extension: &str) -> PathBuf {
        let found = self.state_files().into_iter().find(|file| file.extension().is_some_and(|e| e == extension));
        found.unwrap_or_else(|| panic!("no .{extension} state file for {}", self.dist.display()))
    }
}

/// How many pages the summary line says were rendered (not taken as the last build left them).
/// How many published item files the shipped content has.
pub fn shipped_items() -> usize {
    let content = repository().join("content");
    let centers = fs::read_dir(&content)
        .expect("the content folder")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().join("_center.json").is_file());
    centers
        .map(|center| {
            fs::read_dir(center.path())
                .expect("a center folder")
                .filter_map(Result::ok)
                .filter(|f| f.file_name().to_string_lossy().ends_with(".md"))
                .count()
        })
        .sum()
}

/// How many item files the build read (the rest it kept from the last build).
pub fn items_read(output: &str) -> usize {
    let summary = output.lines().find(|line| line.contains(" item files read, ")).expect("a summary line");
    let count =
        summary.split(" item files read, ").next().and_then(|before| before.rsplit(' ').next()).expect("a read count");
    count.parse().expect("a number")
}

pub fn rendered(output: &str) -> usize {
    let summary = output.lines().find(|line| line.contains(" rendered, the rest unchanged")).expect("a summary line");
    let count = summary.split(" pages (").nth(1).and_then(|rest| rest.split(' ').next()).expect("a rendered count");
    count.parse().expect("a number")
}

/// Every file under `dist`, by its path relative to it.
pub fn snapshot(dist: &Path) -> Snapshot {
    fn visit(folder: &Path, dist: &Path, found: &mut Snapshot) {
        let Ok(entries) = fs::read_dir(folder) else { return };
        for entry in entries.map(|entry| entry.expect("a folder entry")) {
            let path = entry.path();
            if path.is_dir() {
                visit(&path, dist, found);
            } else {
                let modified = entry.metadata().and_then(|meta| meta.modified()).expect("a file's date");
                let relative = path.strip_prefix(dist).expect("under dist").to_string_lossy().into_owned();
                found.insert(relative, (fs::read(&path).expect("read a site file"), modified));
            }
        }
    }
    let mut found = Snapshot::new();
    visit(dist, dist, &mut found);
    found
}

/// What changed between two snapshots of one folder.
pub fn changes(before: &Snapshot, after: &Snapshot) -> Changes {
    let mut changes = Changes::default();
    for (file, (bytes, modified)) in after {
        match before.get(file) {
            Some((old, _)) if old != bytes => changes.written.insert(file.clone()),
            Some((_, old_modified)) if old_modified != modified => changes.rewritten_unchanged.insert(file.clone()),
            Some(_) => false,
            None => changes.written.insert(file.clone()),
        };
    }
    changes.removed = before.keys().filter(|file| !after.contains_key(*file)).cloned().collect();
    changes
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create a folder");
    for entry in fs::read_dir(from).expect("read a folder").map(|entry| entry.expect("a folder entry")) {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)
        } else {
            fs::copy(entry.path(), target).map(|_| ()).expect("copy a file")
        }
    }
}

/// Writes a stand-in for package-app's output into `dir`: a few bytes per file, named after
/// their digest as the real files are, and `app.json` recording them.
fn write_app(dir: &Path, stylesheet: &str) {
    let _ = fs::remove_dir_all(dir);
    fs::create_dir_all(dir).expect("create the app folder");
    let file = |stem: &str, extension: &str, bytes: &[u8]| {
        let digest: String = integrity(bytes).chars().filter(char::is_ascii_alphanumeric).skip(6).take(10).collect();
        let name = format!("{stem}-{digest}.{extension}");
        fs::write(dir.join(&name), bytes).expect("write an app file");
        AppFile { file: name, integrity: integrity(bytes) }
    };
    let chunk = file("chunk-1", "wasm", b"\0asm\x01\0\0\0");
    let page_chunks =
        CHUNK_NAMES.iter().chain(PART_CHUNKS).map(|name| (name.to_string(), vec![chunk.file.clone()])).collect();
    let app = AppFiles {
        inputs: integrity(stylesheet.as_bytes()),
        icon: file("icon", "svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
        head_script: InlineScript::new("document.documentElement.dataset.textSize = \"m\";".into())
            .expect("an inline script"),
        stylesheet: file("style", "css", stylesheet.as_bytes()),
        bootstrap: file("boot", "js", b"import \"./glue.js\";"),
        glue: file("glue", "js", b"export default function () {}"),
        wasm: file("app", "wasm", b"\0asm\x01\0\0\0"),
        split_loader: file("split-loader", "js", b"export {};"),
        chunks: vec![chunk],
        page_chunks,
        search_glue: file("search-glue", "js", b"export {};"),
        search_wasm: file("search", "wasm", b"\0asm\x01\0\0\0"),
        install_icons: InstallIcons {
            small: file("icon-192", "png", b"192"),
            large: file("icon-512", "png", b"512"),
            maskable: file("icon-maskable", "png", b"maskable"),
        },
    };
    app.write(dir).expect("write app.json");
}

/// The repository's root: the shipped content is `content/`, the page shell `index.html`.
fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("the repository's root")
}
