package io.github.ins4j.insi;

import io.github.ins4j.testing.insi.FakeInsiServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A raw JDK HttpClient with any client key, to make the fake server see what the client refuses to send. */
final class RawTls {

    private RawTls() {
    }

    static InsiHttpResponse post(FakeInsiServer server, KeyStore clientKeys, byte[] body) {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(clientKeys, server.clientPassword());
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            anchors.setCertificateEntry("ca", server.trustAnchors().get(0));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
            tmf.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            HttpClient http = HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(server.uri())
                    .header("Content-Type", InsiHttpRequest.CONTENT_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new InsiHttpResponse(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
