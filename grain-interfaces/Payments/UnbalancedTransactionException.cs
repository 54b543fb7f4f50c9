namespace Counseling.GrainInterfaces.Payments;

/// <summary>A ledger transaction whose lines do not sum to zero per currency: a programming error, never posted.</summary>
[GenerateSerializer, Alias("Counseling.UnbalancedTransactionException")]
public sealed class UnbalancedTransactionException : Exception
{
    public UnbalancedTransactionException()
    {
    }

    public UnbalancedTransactionException(string key) : base($"Ledger transaction {key} does not sum to zero.")
    {
    }

    public UnbalancedTransactionException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
