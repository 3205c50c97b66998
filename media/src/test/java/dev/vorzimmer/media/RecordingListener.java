package dev.vorzimmer.media;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test listener: keeps the order of events and completes futures for the ones tests wait on. */
final class RecordingListener implements AnsweringMachineListener {

  final List<String> events = new CopyOnWriteArrayList<>();
  final CompletableFuture<Void> recordingStarted = new CompletableFuture<>();
  final CompletableFuture<Finished> finished = new CompletableFuture<>();
  final CompletableFuture<IOException> failure = new CompletableFuture<>();

  @Override
  public void greetingStarted() {
    events.add("greetingStarted");
  }

  @Override
  public void greetingFinished() {
    events.add("greetingFinished");
  }

  @Override
  public void greetingSkipped() {
    events.add("greetingSkipped");
  }

  @Override
  public void recordingStarted() {
    events.add("recordingStarted");
    recordingStarted.complete(null);
  }

  @Override
  public void dtmf(Dtmf event) {
    events.add("dtmf:" + event.digit());
  }

  @Override
  public void recordingFailed(IOException error) {
    events.add("recordingFailed");
    failure.complete(error);
  }

  @Override
  public void finished(Finished result) {
    events.add("finished:" + result.reason());
    finished.complete(result);
  }
}
