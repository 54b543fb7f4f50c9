using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.UnitTests.Problems;

public sealed class ProblemMappingTests
{
    public static TheoryData<string> Codes => [.. ErrorCodes.All];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryDomainErrorCodeHasAProblemTypeInTheCatalog(string code) =>
        Assert.True(ProblemTypes.Catalog.ContainsKey(Problem.ProblemCodeFor(code)), $"{code} maps to {Problem.ProblemCodeFor(code)}, which is not in the catalog.");

    [Fact]
    public void TheCodeListIsNotEmptyAndHasNoDuplicates()
    {
        Assert.Contains(ErrorCodes.Validation, ErrorCodes.All);
        Assert.Equal(ErrorCodes.All.Count, ErrorCodes.All.Distinct().Count());
    }

    [Fact]
    public void AnUnknownCodeIsAProgrammingErrorNotASilentFallback() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Problem.ProblemCodeFor("no-such-code"));

    [Fact]
    public void AValidationErrorNamesItsFieldAndSaysWhatToDo()
    {
        var problem = Problem.FromGrain(DomainError.Invalid("reason", "Say why."));
        var details = Assert.IsType<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>(problem.ProblemDetails);
        Assert.Equal(400, problem.StatusCode);
        Assert.Equal(ProblemTypes.Of("validation"), details.Type);
        Assert.Equal(["Say why."], details.Errors["reason"]);
    }

    [Fact]
    public void AnyOtherErrorKeepsItsSentenceAsTheDetail()
    {
        var problem = Problem.FromGrain(new DomainError(ErrorCodes.SlotTaken, "Someone else just took 10:30."));
        Assert.Equal(409, problem.StatusCode);
        Assert.Equal(ProblemTypes.Of("slot-taken"), problem.ProblemDetails.Type);
        Assert.Equal("Someone else just took 10:30.", problem.ProblemDetails.Detail);
    }
}
