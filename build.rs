//! The court packs and certificate templates in `forms/` are compiled into the
//! binary (include_dir). Cargo cannot see that on stable Rust, so tell it:
//! editing a pack must rebuild, or the binary would check against stale law.
fn main() {
    println!("cargo:rerun-if-changed=forms");
    println!("cargo:rerun-if-changed=assets");
}
