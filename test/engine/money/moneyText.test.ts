import { Dec, dec, moneyText } from "../../../src/engine";

// Money text is rounded half-up (away from zero on a tie) from the exact decimal, then grouped by thousands.
// Every expected value below is worked out by hand from the decimal as written, not from a double.

describe("moneyText", () => {
  test("rounds half-up from the exact decimal a number denotes, where the double's toFixed goes wrong", () => {
    // 2.675 is stored as 2.67499999…; (2.675).toFixed(2) gives "2.67" — the wrong value the old pane code showed
    expect(moneyText(2.675, 2)).toBe("2.68");
    // (1.005).toFixed(2) gives "1.00": 1.005 is stored as 1.00499999…
    expect(moneyText(1.005, 2)).toBe("1.01");
    // (1234567.005).toFixed(2) gives "1234567.00"
    expect(moneyText(1234567.005, 2)).toBe("1,234,567.01");
    // (999999.995).toFixed(2) gives "999999.99"; the exact tie carries into a new group of thousands
    expect(moneyText(999999.995, 2)).toBe("1,000,000.00");
    // (1.45).toFixed(1) gives "1.4"
    expect(moneyText(1.45, 1)).toBe("1.5");
  });

  test("a tie on a negative amount rounds away from zero; an amount that rounds to zero has no sign", () => {
    expect(moneyText(-0.005, 2)).toBe("-0.01");
    // (-2.675).toFixed(2) gives "-2.67"
    expect(moneyText(-2.675, 2)).toBe("-2.68");
    expect(moneyText(-1234.5, 2)).toBe("-1,234.50");
    expect(moneyText(-0.004, 2)).toBe("0.00");
    expect(moneyText(-0, 2)).toBe("0.00");
  });

  test("keeps exactly the scheme's decimals and groups thousands", () => {
    expect(moneyText(0, 2)).toBe("0.00");
    expect(moneyText(12, 2)).toBe("12.00");
    expect(moneyText(999, 2)).toBe("999.00");
    expect(moneyText(1000, 2)).toBe("1,000.00");
    expect(moneyText(1220, 2)).toBe("1,220.00");
    expect(moneyText(1234567.1, 2)).toBe("1,234,567.10");
    expect(moneyText(1000, 3)).toBe("1,000.000");
    expect(moneyText(0.0005, 3)).toBe("0.001");
  });

  test("scale 0: whole yuan, no decimal point", () => {
    expect(moneyText(0, 0)).toBe("0");
    expect(moneyText(2.5, 0)).toBe("3");
    expect(moneyText(-2.5, 0)).toBe("-3");
    expect(moneyText(2.4999, 0)).toBe("2");
    expect(moneyText(1234.5, 0)).toBe("1,235");
    expect(moneyText(999.5, 0)).toBe("1,000");
  });

  test("takes a Decimal as it is, beyond a double's precision", () => {
    expect(moneyText(dec("0.125"), 2)).toBe("0.13");
    expect(moneyText(new Dec("1234567890123456789.005"), 2)).toBe("1,234,567,890,123,456,789.01");
    // 8/3 = 2.6666…: rounded once, at the output
    expect(moneyText(new Dec(8).dividedBy(3), 2)).toBe("2.67");
    expect(moneyText(dec("-1000000"), 2)).toBe("-1,000,000.00");
  });

  test("a number and the Decimal of its text give the same text", () => {
    const cases: [number, string][] = [
      [0.1, "0.10"],
      [19.99, "19.99"],
      [1234.565, "1,234.57"],
      [-88.885, "-88.89"],
      [100000.015, "100,000.02"],
    ];
    for (const [v, text] of cases) {
      expect(moneyText(v, 2)).toBe(text);
      expect(moneyText(dec(String(v)), 2)).toBe(text);
    }
  });
});
