/**
 * Wraps a pure function of one object so each object's answer is computed once. Several rules
 * ask the same question of a draft ("does it invite a call?"), and lint runs on every keystroke.
 * A WeakMap lets answers go with their draft.
 */
export function once<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const answers = new WeakMap<K, { value: T }>();
  return (key) => {
    let answer = answers.get(key);
    if (!answer) {
      answer = { value: compute(key) };
      answers.set(key, answer);
    }
    return answer.value;
  };
}
