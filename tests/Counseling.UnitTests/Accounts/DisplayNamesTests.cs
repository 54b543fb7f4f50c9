using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.UnitTests.Accounts;

public sealed class DisplayNamesTests
{
    [Theory]
    [InlineData("Ada Lovelace")]
    [InlineData("  Dr. Müller-Łukasiewicz ")]
    public void ANameWithSomeTextIsFine(string name) => Assert.Null(DisplayNames.Check(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Ada\u0000")]
    [InlineData("Ada\nLovelace")]
    public void AnEmptyNameOrOneWithControlCharactersIsRefusedNamingTheField(string? name)
    {
        var refused = DisplayNames.Check(name)!;

        Assert.Equal(ErrorCodes.Validation, refused.Code);
        Assert.Equal("displayName", refused.Field);
    }
}
