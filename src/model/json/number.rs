//! Decimal text to the nearest `f64` (ties to even), without core's float parser:
//! its lookup tables alone cost about 15 KB of the gzipped wasm.
//!
//! Simple numbers (up to 15 digits, a power of ten up to 22) are exact in one float
//! operation. Anything else starts from a close float guess and is settled by comparing
//! the exact decimal value with the midpoints around the guess in big-integer arithmetic.

use std::cmp::Ordering;

/// Significant digits kept; more can never decide the rounding of an `f64`
/// (a midpoint between two floats has at most 767 significant digits).
const MAX_DIGITS: usize = 800;

/// The exactly representable powers of ten.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The value of `text`, which matches JSON's number grammar; `None` when it exceeds `f64`.
pub(super) fn to_f64(text: &str) -> Option<f64> {
    let (negative, digits, exp) = decimal(text);
    let magnitude = nearest(&digits, exp)?;
    Some(if negative { -magnitude } else { magnitude })
}

/// Sign, significant digits (0-9, no leading zeros) and `exp`: value = digits × 10^exp.
fn decimal(text: &str) -> (bool, Vec<u8>, i64) {
    let bytes = text.as_bytes();
    let negative = bytes.first() == Some(&b'-');
    let mut digits = Vec::new();
    let (mut exp, mut fraction, mut dropped_nonzero) = (0i64, false, false);
    let mut i = usize::from(negative);
    while let Some(&b) = bytes.get(i) {
        match b {
            b'.' => fraction = true,
            b'0'..=b'9' if digits.is_empty() && b == b'0' => exp -= i64::from(fraction),
            b'0'..=b'9' if digits.len() < MAX_DIGITS => {
                digits.push(b - b'0');
                exp -= i64::from(fraction);
            }
            b'0'..=b'9' => {
                dropped_nonzero |= b != b'0';
                exp += i64::from(!fraction);
            }
            _ => break,
        }
        i += 1;
    }
    if dropped_nonzero {
        // Just above the kept digits and below the next step up: enough to round right.
        digits.push(1);
        exp -= 1;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        let sign = if bytes.get(i + 1) == Some(&b'-') {
            -1
        } else {
            1
        };
        let mut e = 0i64;
        for &b in bytes[i + 1..].iter().filter(|b| b.is_ascii_digit()) {
            e = (e * 10 + i64::from(b - b'0')).min(1 << 20);
        }
        exp += sign * e;
    }
    if digits.is_empty() {
        exp = 0;
    }
    (negative, digits, exp)
}

/// The float nearest to digits × 10^exp, or `None` past `f64::MAX`.
fn nearest(digits: &[u8], exp: i64) -> Option<f64> {
    let n = digits.len() as i64;
    if n == 0 || n + exp < -330 {
        return Some(0.0);
    }
    if n + exp > 310 {
        return None;
    }
    let head = digits
        .iter()
        .take(19)
        .fold(0u64, |m, &d| m * 10 + u64::from(d));
    let head_exp = exp + (n - n.min(19));
    if n <= 15 && (-22..=22).contains(&exp) {
        let m = head as f64;
        let p = POW10[exp.unsigned_abs() as usize];
        return Some(if exp < 0 { m / p } else { m * p });
    }
    let mut z = scale(head as f64, head_exp).min(f64::MAX);
    let exact = Big::from_digits(digits);
    loop {
        let (m, e) = parts(z);
        // Compare with the midpoint to the next float up ...
        match compare(&exact, exp, 2 * m + 1, e - 1) {
            Ordering::Greater => z = up(z)?,
            Ordering::Equal if m % 2 == 1 => return up(z),
            Ordering::Equal => return Some(z),
            // ... and with the one down (half as far below a power of two).
            Ordering::Less if z == 0.0 => return Some(z),
            Ordering::Less => {
                let (low, low_exp) = match m == 1 << 52 && e > -1074 {
                    true => (4 * m - 1, e - 2),
                    false => (2 * m - 1, e - 1),
                };
                match compare(&exact, exp, low, low_exp) {
                    Ordering::Less => z = f64::from_bits(z.to_bits() - 1),
                    Ordering::Equal if m % 2 == 1 => return Some(f64::from_bits(z.to_bits() - 1)),
                    _ => return Some(z),
                }
            }
        }
    }
}

/// `m` × 10^`exp` in float steps: within a few units of the last place.
fn scale(mut m: f64, mut exp: i64) -> f64 {
    while exp != 0 {
        let k = exp.clamp(-22, 22);
        let p = POW10[k.unsigned_abs() as usize];
        m = if k < 0 { m / p } else { m * p };
        exp -= k;
    }
    m
}

/// Integer mantissa and binary exponent of a finite non-negative float: z = m × 2^e.
fn parts(z: f64) -> (u64, i64) {
    let bits = z.to_bits();
    let (field, fraction) = ((bits >> 52) as i64, bits & ((1 << 52) - 1));
    match field {
        0 => (fraction, -1074),
        _ => (fraction | 1 << 52, field - 1075),
    }
}

/// The next float up, `None` past `f64::MAX`.
fn up(z: f64) -> Option<f64> {
    let next = f64::from_bits(z.to_bits() + 1);
    next.is_finite().then_some(next)
}

/// Compares digits × 10^exp (given as `exact`) with m × 2^e.
fn compare(exact: &Big, exp: i64, m: u64, e: i64) -> Ordering {
    let (mut left, mut right) = (exact.clone(), Big::from_u64(m));
    let ten = if exp < 0 { &mut right } else { &mut left };
    ten.mul_pow10(exp.unsigned_abs());
    let two = if e < 0 { &mut left } else { &mut right };
    two.shl(e.unsigned_abs());
    left.cmp(&right)
}

/// An unsigned big integer, 32-bit limbs, least significant first, no high zero limbs.
#[derive(Clone, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(n: u64) -> Big {
        let mut b = Big(vec![n as u32, (n >> 32) as u32]);
        b.trim();
        b
    }

    fn from_digits(digits: &[u8]) -> Big {
        let mut b = Big(Vec::new());
        for chunk in digits.chunks(9) {
            let value = chunk.iter().fold(0u32, |v, &d| v * 10 + u32::from(d));
            b.mul_add(10u32.pow(chunk.len() as u32), value);
        }
        b
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    /// self = self × factor + add.
    fn mul_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(factor) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
        self.trim();
    }

    fn mul_pow10(&mut self, mut k: u64) {
        while k > 0 {
            let step = k.min(9);
            self.mul_add(10u32.pow(step as u32), 0);
            k -= step;
        }
    }

    fn shl(&mut self, bits: u64) {
        if self.0.is_empty() {
            return;
        }
        let (words, bits) = ((bits / 32) as usize, (bits % 32) as u32);
        if bits > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let v = (u64::from(*limb) << bits) | carry;
                *limb = v as u32;
                carry = v >> 32;
            }
            if carry != 0 {
                self.0.push(carry as u32);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, words));
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Big) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Big) -> Ordering {
        let by_len = self.0.len().cmp(&other.0.len());
        by_len.then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}
