namespace Counseling.GrainInterfaces.Payments;

/// <summary>
/// A posting would take an account that must not go negative (client funds, credits, counselor payable) below zero.
/// Serializable so that a caller in another grain or in the api sees this type rather than a codec error.
/// </summary>
[GenerateSerializer, Alias("Counseling.InsufficientFundsException")]
public sealed class InsufficientFundsException : Exception
{
    public InsufficientFundsException()
    {
    }

    public InsufficientFundsException(string account) : base($"Account {account} would go below zero.")
    {
        Account = account;
    }

    public InsufficientFundsException(string message, Exception innerException) : base(message, innerException)
    {
    }

    [Id(0)]
    public string? Account { get; init; }
}
