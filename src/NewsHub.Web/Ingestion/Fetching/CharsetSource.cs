namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>Where a body's encoding was learned.</summary>
public enum CharsetSource { ByteOrderMark, ContentTypeHeader, MetaTag, XmlDeclaration, Default }
