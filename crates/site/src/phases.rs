//! How long each phase of the site build took, for its closing line (and `make
//! bench-scale`, which reads it): where a large site's build time goes.

use std::fmt;
use std::time::Instant;

/// The phases so far, each with its time.
pub struct Phases {
    last: Instant,
    done: Vec<(&'static str, f64)>,
}

impl Phases {
    /// Starts timing the first phase now.
    pub fn start() -> Phases {
        Phases { last: Instant::now(), done: Vec::new() }
    }

    /// Ends the phase called `name` now; the next one starts.
    pub fn end(&mut self, name: &'static str) {
        let now = Instant::now();
        self.done.push((name, (now - self.last).as_secs_f64()));
        self.last = now;
    }
}

/// `read 1.20 s, pages 3.40 s; peak memory 812 MB`.
impl fmt::Display for Phases {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.done.iter().map(|(name, seconds)| format!("{name} {seconds:.2} s")).collect();
        f.write_str(&parts.join(", "))?;
        match peak_memory_kb() {
            Some(kb) => write!(f, "; peak memory {} MB", kb / 1024),
            None => Ok(()),
        }
    }
}

/// The most memory the process has held so far (its high-water mark, in KiB), where the
/// system says (Linux: `/proc/self/status`).
fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find_map(|line| line.strip_prefix("VmHWM:"))?.trim().trim_end_matches("kB").trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_phase_is_named_with_its_time_in_order() {
        let mut phases = Phases::start();
        phases.end("read");
        phases.end("pages");
        let line = phases.to_string();
        assert!(line.starts_with("read 0.") && line.contains(", pages 0."), "{line}");
        if cfg!(target_os = "linux") {
            assert!(line.contains(" s; peak memory ") && line.ends_with(" MB"), "{line}");
        }
    }
}
