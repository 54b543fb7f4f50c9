namespace Counseling.GrainInterfaces.Payments;

/// <summary>
/// The payment provider refused or did not answer. Provider SDK exceptions are translated into this one so that it
/// can cross grain boundaries; the api answers 503 with a retry hint.
/// </summary>
[GenerateSerializer, Alias("Counseling.PaymentProviderException")]
public sealed class PaymentProviderException : Exception
{
    public PaymentProviderException()
    {
    }

    public PaymentProviderException(string message) : base(message)
    {
    }

    public PaymentProviderException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
