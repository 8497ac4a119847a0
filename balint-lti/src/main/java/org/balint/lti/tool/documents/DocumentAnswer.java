package org.balint.lti.tool.documents;

import java.util.Objects;

/** What a request for a document comes to: the file, a confirmation, or a refusal with its reason. */
public sealed interface DocumentAnswer permits DocumentAnswer.File, DocumentAnswer.Done, DocumentAnswer.Refused {

    /**
     * A file to download.
     *
     * @param fileName  the name to save it under (ASCII)
     * @param mediaType its media type, with the charset for text
     * @param content   the bytes
     */
    record File(String fileName, String mediaType, byte[] content) implements DocumentAnswer {
        /** Validates the parts. */
        public File {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(content, "content");
            if (!fileName.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("file names are plain ASCII: " + fileName);
            }
        }
    }

    /**
     * A change was recorded.
     *
     * @param heading what happened, as a page heading
     * @param message what it means for the person
     */
    record Done(String heading, String message) implements DocumentAnswer {
        /** Validates the parts. */
        public Done {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The request was refused.
     *
     * @param code    the stable reason code
     * @param status  the HTTP status
     * @param message what went wrong and what to do next
     */
    record Refused(String code, int status, String message) implements DocumentAnswer {
        /** Validates the parts. */
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
