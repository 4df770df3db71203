//! Wasm entry of the QR reader's worker (issue 18): reads the workshop camera's frames off the
//! page's thread (src/platform/qr_worker.rs), started by src/platform/qr_reader.rs.

fn main() {
    seller_check::platform::qr_worker::serve();
}
