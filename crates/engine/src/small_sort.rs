//! Sorting for the short lists the engine and the app handle (a few dozen
//! items at most). The standard library's sorts are fast on long slices but
//! add several kilobytes of WebAssembly for every item type they sort, and
//! every kilobyte is paid for by a person on a slow, costly connection. An
//! insertion sort is stable, allocates nothing, and compiles to a few hundred
//! bytes.

/// Sorts `v` stably by `less` (true when the first item goes before the second).
pub fn sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `v` stably by a key.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a) < key(b));
}

/// Sorts `v` and removes repeated items.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, |a, b| a < b);
    v.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_items_in_order() {
        let mut state = 0x2545_f491_u32;
        for len in 0..60 {
            let mut items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    ((state % 7) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|x| x.0);
            sort_by_key(&mut items, |x| x.0);
            assert_eq!(items, expected, "length {len}");
        }
    }

    #[test]
    fn sort_dedup_leaves_each_item_once_in_order() {
        let mut v = vec![3, 1, 3, 2, 1, 2, 3];
        sort_dedup(&mut v);
        assert_eq!(v, vec![1, 2, 3]);
    }
}
