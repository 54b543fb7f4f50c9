namespace Counseling.Api.Apis;

/// <summary>The care half of the route table: self-assessments, intake and matching, a client's care record, crisis alerts.</summary>
public static partial class Routes
{
    public static class AssessmentInstruments
    {
        public const string Prefix = "/api/assessments/instruments";
    }

    /// <summary>The signed-in client's own assessments, and the FHIR export of one (for the client and their counselor).</summary>
    public static class Assessments
    {
        public const string Prefix = "/api/assessments";
        public const string ByIdTemplate = "/{responseId:guid}";
        public const string FhirTemplate = ByIdTemplate + "/fhir";
        public const string TrendsTemplate = "/trends";
        public const string ScheduleTemplate = "/schedule";
        public const string Trends = Prefix + TrendsTemplate;
        public const string Schedule = Prefix + ScheduleTemplate;

        public static string ById(Guid responseId) => $"{Prefix}/{responseId}";

        public static string Fhir(Guid responseId) => $"{ById(responseId)}/fhir";
    }

    /// <summary>The signed-in client's intake: what they look for and where they live.</summary>
    public static class Intake
    {
        public const string Prefix = "/api/intake";
    }

    /// <summary>Counselors suggested for an intake (anyone may ask; a signed-in client's intake is saved too).</summary>
    public static class Matching
    {
        public const string Prefix = "/api/matching";
    }

    /// <summary>A client's care record as their counselor (and, for the flag, operators) see it.</summary>
    public static class ClientCare
    {
        public const string Prefix = "/api/clients/{clientId:guid}";
        public const string AssessmentsTemplate = "/assessments";
        public const string CareTemplate = "/care";
        public const string ClearHighRiskTemplate = "/care/high-risk/clear";
        public const string ConcernsTemplate = "/concerns";
        public const string TrendsTemplate = "/trends";
        public const string ScheduleTemplate = "/assessment-schedule";

        public static string Assessments(Guid clientId) => $"/api/clients/{clientId}/assessments";

        public static string Trends(Guid clientId) => $"/api/clients/{clientId}/trends";

        public static string Schedule(Guid clientId) => $"/api/clients/{clientId}/assessment-schedule";

        public static string Care(Guid clientId) => $"/api/clients/{clientId}/care";

        public static string ClearHighRisk(Guid clientId) => $"/api/clients/{clientId}/care/high-risk/clear";

        public static string Concerns(Guid clientId) => $"/api/clients/{clientId}/concerns";
    }

    /// <summary>Crisis alerts for staff, the operators' on-call switch, and the public crisis lines.</summary>
    public static class Crisis
    {
        public const string Prefix = "/api/crisis";
        public const string AlertsTemplate = "/alerts";
        public const string AlertTemplate = "/alerts/{alertId:guid}";
        public const string AcknowledgeTemplate = AlertTemplate + "/acknowledge";
        public const string ResolveTemplate = AlertTemplate + "/resolve";
        public const string OnCallTemplate = "/on-call";
        public const string ResourcesTemplate = "/resources";

        public const string Alerts = Prefix + AlertsTemplate;
        public const string OnCall = Prefix + OnCallTemplate;
        public const string Resources = Prefix + ResourcesTemplate;

        public static string Alert(Guid alertId) => $"{Alerts}/{alertId}";

        public static string Acknowledge(Guid alertId) => $"{Alert(alertId)}/acknowledge";

        public static string Resolve(Guid alertId) => $"{Alert(alertId)}/resolve";
    }
}
