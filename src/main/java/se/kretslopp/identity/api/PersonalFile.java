package se.kretslopp.identity.api;

/**
 * A file a person uploaded, as it goes into the download of their data.
 *
 * @param path    where it lies in the ZIP, e.g. {@code photos/<id>.jpg} (the part that lists it names the same path)
 * @param content the bytes as stored
 */
public record PersonalFile(String path, byte[] content) {
}
