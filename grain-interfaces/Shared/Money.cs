using System.Globalization;

namespace Counseling.GrainInterfaces.Shared;

/// <summary>
/// An amount in the currency's minor unit (cents for USD, yen for JPY), with an ISO 4217 code in upper case. Every
/// percentage of money is taken through <see cref="Percent"/>, so the platform rounds one way everywhere.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.Money")]
public sealed record Money(
    [property: Id(0)] long AmountMinor,
    [property: Id(1)] string Currency)
{
    /// <summary>
    /// <paramref name="percent"/> % of this amount, rounded half away from zero to a whole minor unit: the rule for
    /// fees, discounts and partial refunds alike.
    /// </summary>
    public Money Percent(decimal percent) => this with { AmountMinor = PercentOf(AmountMinor, percent) };

    /// <summary>The same rounding rule on a bare amount of minor units.</summary>
    public static long PercentOf(long amountMinor, decimal percent) =>
        (long)Math.Round(amountMinor * percent / 100m, MidpointRounding.AwayFromZero);

    public static Money operator +(Money left, Money right) => left with { AmountMinor = left.AmountMinor + SameCurrency(left, right).AmountMinor };

    public static Money operator -(Money left, Money right) => left with { AmountMinor = left.AmountMinor - SameCurrency(left, right).AmountMinor };

    public static Money operator -(Money value) => value with { AmountMinor = -value.AmountMinor };

    /// <summary>The amount in major units (12.50 for 1250 USD cents; 1250 for 1250 JPY).</summary>
    public decimal ToMajor() => AmountMinor / Currencies.MinorUnitsPerMajor(Currency);

    /// <summary>"12.50 USD", "1250 JPY", "1.250 KWD": the amount with the currency's own number of decimals.</summary>
    public string Format() =>
        ToMajor().ToString("F" + Currencies.MinorDigits(Currency).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + Currency;

    public override string ToString() => Format();

    private static Money SameCurrency(Money left, Money right) =>
        string.Equals(left.Currency, right.Currency, StringComparison.Ordinal)
            ? right
            : throw new InvalidOperationException($"Cannot combine {left.Currency} and {right.Currency}.");
}
