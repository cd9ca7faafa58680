// One browser, one app at a time: the machine has two cores, and timings stay honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
