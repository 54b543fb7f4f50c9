namespace Counseling.Api.Contracts;

public sealed record ProblemTypeResponse(string Type, int Status, string Title, string Description);
