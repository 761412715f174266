//! Helpers shared by the integration tests.

use std::fs;
use std::path::Path;

/// Copies a folder tree (the law data) so a test can change the copy.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("temp folder");
    for entry in fs::read_dir(from).expect("folder reads").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("file copies");
        }
    }
}
