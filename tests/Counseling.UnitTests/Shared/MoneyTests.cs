using Counseling.GrainInterfaces.Shared;

namespace Counseling.UnitTests.Shared;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(1000, 15, 150)]
    [InlineData(1001, 15, 150)]   // 150.15 rounds down
    [InlineData(1003, 15, 150)]   // 150.45 rounds down
    [InlineData(1010, 15, 152)]   // 151.5 rounds half away from zero
    [InlineData(-1010, 15, -152)] // and so does a negative amount
    [InlineData(999, 0, 0)]
    [InlineData(999, 100, 999)]
    public void APercentageRoundsHalfAwayFromZeroToAWholeMinorUnit(long amount, int percent, long expected) =>
        Assert.Equal(expected, new Money(amount, "USD").Percent(percent).AmountMinor);

    [Theory]
    [InlineData(1250, "USD", "12.50 USD")]
    [InlineData(1250, "JPY", "1250 JPY")]
    [InlineData(1250, "KWD", "1.250 KWD")]
    [InlineData(-5, "EUR", "-0.05 EUR")]
    public void AnAmountIsWrittenWithTheDecimalsOfItsCurrency(long amount, string currency, string expected) =>
        Assert.Equal(expected, new Money(amount, currency).Format());

    [Fact]
    public void AmountsOfOneCurrencyAddAndSubtract()
    {
        var a = new Money(1200, "USD");
        var b = new Money(450, "USD");
        Assert.Equal(new Money(1650, "USD"), a + b);
        Assert.Equal(new Money(750, "USD"), a - b);
        Assert.Equal(new Money(-1200, "USD"), -a);
    }

    [Fact]
    public void AmountsOfTwoCurrenciesDoNotMix() =>
        Assert.Throws<InvalidOperationException>(() => new Money(100, "USD") + new Money(100, "EUR"));
}
