package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.rtp.WavHeader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Imports a user's greeting recording into the 8 kHz 16-bit mono WAV the answering machine plays. */
public final class GreetingImporter {

    private GreetingImporter() {
    }

    /**
     * Converts {@code in} (WAV/AIFF/AU; PCM 8/16/24/32-bit, float, µ-law or A-law; any channel count
     * and rate) to {@code out}, replacing {@code out} atomically only once the conversion succeeded.
     *
     * @return the imported greeting
     * @throws IOException if {@code in} is unsupported, empty or longer than
     *     {@link Greeting#MAX_SECONDS}, or {@code out} cannot be written; {@code out} is then unchanged
     */
    public static Greeting importWav(Path in, Path out) throws IOException {
        Greeting greeting = Greeting.fromWav(in);
        if (greeting.length() == 0) {
            throw new IOException("greeting " + in + " contains no audio");
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".import");
        ByteBuffer data = ByteBuffer.allocate(greeting.length() * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : greeting.samples()) {
            data.putShort(s);
        }
        data.flip();
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer[] parts = {WavHeader.of(CrashSafeWavWriter.SAMPLE_RATE, data.remaining()), data};
            while (data.hasRemaining()) {
                ch.write(parts);
            }
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return greeting;
    }
}
