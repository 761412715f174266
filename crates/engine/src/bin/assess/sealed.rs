//! Opening a sealed answers file natively, as the app's Web Crypto does in the
//! browser: PBKDF2-HMAC-SHA-256 over the passphrase (NFC) with the file's salt
//! and iterations gives the AES-256-GCM key; the file's IV and data decrypt
//! to the plain file. See `entitle_engine::saved`.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use entitle_engine::saved::{FileError, Sealed};
use unicode_normalization::UnicodeNormalization;

/// The plain file's bytes, or `WrongPassphrase` (which also means "changed").
pub fn decrypt(sealed: &Sealed, passphrase: &str) -> Result<Vec<u8>, FileError> {
    let passphrase: String = passphrase.nfc().collect();
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(
        passphrase.as_bytes(),
        &sealed.salt,
        sealed.iterations,
        &mut key,
    );
    let cipher = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&key));
    cipher
        .decrypt(Nonce::from_slice(&sealed.iv), sealed.data.as_slice())
        .map_err(|_| FileError::WrongPassphrase)
}

/// The passphrase: the first line of a file, or typed at the terminal with
/// no echo. Never a command-line argument, which other users and the shell's
/// history could read.
pub fn passphrase(file: Option<&str>) -> Result<String, String> {
    match file {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read the passphrase file {path}: {e}"))?;
            Ok(text.lines().next().unwrap_or_default().to_string())
        }
        None => rpassword::prompt_password("Passphrase for the sealed answers file: ").map_err(
            |e| format!("the file is sealed: give --passphrase-file FILE, or run assess in a terminal to type it ({e})"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sealed file made by Chromium's Web Crypto, as the app saves it
    /// (tests/e2e/files.test.mjs makes them for real; this one is fixed so
    /// the native side is tested on its own). Passphrase "correct horse".
    fn sealed(data: Vec<u8>) -> Sealed {
        Sealed {
            iterations: 600_000,
            salt: [7; 16],
            iv: [9; 12],
            data,
        }
    }

    #[test]
    fn what_this_side_seals_it_opens_and_a_wrong_passphrase_is_refused() {
        let plain = b"{\"format\":\"entitle-answers\"}";
        let mut key = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<sha2::Sha256>(b"correct horse", &[7; 16], 600_000, &mut key);
        let data = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&key))
            .encrypt(Nonce::from_slice(&[9; 12]), plain.as_slice())
            .expect("encrypts");
        let s = sealed(data);
        assert_eq!(decrypt(&s, "correct horse").expect("opens"), plain);
        assert_eq!(decrypt(&s, "correct hors"), Err(FileError::WrongPassphrase));
        let mut changed = s.clone();
        changed.data[0] ^= 1;
        assert_eq!(
            decrypt(&changed, "correct horse"),
            Err(FileError::WrongPassphrase)
        );
    }

    #[test]
    fn the_passphrase_is_normalised_as_the_browser_does() {
        // "é" as one code point and as e + combining accent: the same key.
        let mut key = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<sha2::Sha256>("caf\u{e9}".as_bytes(), &[7; 16], 600_000, &mut key);
        let data = Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&key))
            .encrypt(Nonce::from_slice(&[9; 12]), b"x".as_slice())
            .expect("encrypts");
        assert_eq!(decrypt(&sealed(data), "cafe\u{301}").expect("opens"), b"x");
    }
}
