package org.reformhub.kernel.problem;

/**
 * The body size a request announces in its {@code Content-Length}, checked before the body is read, by the
 * gateway and by every service alike.
 */
public final class DeclaredBody {

    private DeclaredBody() {
    }

    /** True when the header announces more than {@code maxBytes}; false when absent or not a plain number. */
    public static boolean exceeds(String contentLength, long maxBytes) {
        if (contentLength == null || contentLength.isEmpty() || contentLength.length() > 18
                || !contentLength.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Long.parseLong(contentLength) > maxBytes;
    }
}
