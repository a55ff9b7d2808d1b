package io.github.ins4j.insi;

import io.github.ins4j.insi.InsiTransportException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/** The default transport: the JDK HttpClient, HTTP/1.1, the configuration's TLS context. */
final class HttpClientTransport implements InsiTransport {

    private final HttpClient client;

    HttpClientTransport(InsiConfiguration configuration) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(configuration.authentication().sslContext())
                .connectTimeout(configuration.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public InsiHttpResponse send(InsiHttpRequest request) {
        HttpRequest http = HttpRequest.newBuilder(request.uri())
                .timeout(request.timeout())
                .header("Content-Type", InsiHttpRequest.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(http, HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(request.maxAnswerBytes() + 1);
            }
            return new InsiHttpResponse(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), body);
        } catch (HttpConnectTimeoutException e) {
            throw new InsiTransportException(Reason.TIMEOUT, "no connection to INSi within the connect"
                    + " time-out", e);
        } catch (HttpTimeoutException e) {
            throw new InsiTransportException(Reason.TIMEOUT, "no answer from INSi within "
                    + request.timeout().toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InsiTransportException(Reason.INTERRUPTED, "the INSi call was interrupted", e);
        } catch (IOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SSLException) {
                    throw new InsiTransportException(Reason.TLS_FAILURE, "the TLS handshake with INSi failed"
                            + " (" + t.getClass().getSimpleName() + "): check the trust anchors and the"
                            + " software certificate", e);
                }
                if (t instanceof ConnectException) {
                    break;
                }
            }
            throw new InsiTransportException(Reason.CONNECTION_FAILED, "the connection to INSi failed ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }
}
