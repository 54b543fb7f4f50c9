namespace Counseling.GrainInterfaces.Counselors;

[GenerateSerializer, Alias("Counseling.SessionModality")]
public enum SessionModality
{
    Chat = 0,
    Video = 1,
}
