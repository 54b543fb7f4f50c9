namespace Counseling.GrainInterfaces.Purchases;

[GenerateSerializer, Alias("Counseling.ContentKind")]
public enum ContentKind
{
    Course,
    Article,
    Seminar,
}
